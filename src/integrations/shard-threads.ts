// The Pagefind indexes of the shards a build must index (search-index.ts), several at once:
// Pagefind's Node API drives one process per copy of the module, and a process indexes one
// record after another, so shards run side by side only on worker threads (shard-worker.ts),
// one Pagefind process each. One core is left to the Traditional twin, which converts pages on
// the build's thread meanwhile (after-build.ts): on two cores, two Pagefind processes beside it
// made the whole slower (10–15 s instead of 10–11 s at 2,000 articles), so there shards are
// indexed one after another on this thread, as is a single shard (a rebuild after one clipping),
// where starting a worker would cost more than it saves.
import { availableParallelism } from 'node:os';
import { pagefindShard, type PagefindShard } from './search-pagefind.ts';
import type { SearchRecord } from './search-record.ts';
import { runOnWorkers } from './worker-pool.ts';

const WORKER_FILE = 'src/integrations/shard-worker.ts';
/** More Pagefind processes than this only add memory: each holds a whole shard. */
const MAX_THREADS = 4;

/** How many threads for `shards` shards on this machine: one core is the twin's. */
export function shardThreads(shards: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(shards, cores - 1, MAX_THREADS));
}

/** Each shard's Pagefind index, in the order given; the first failure fails them all. */
export async function indexShards(shards: ReadonlyArray<readonly SearchRecord[]>, threads = shardThreads(shards.length)): Promise<PagefindShard[]> {
  const out = new Array<PagefindShard>(shards.length);
  if (threads <= 1) {
    for (const [k, records] of shards.entries()) out[k] = await pagefindShard(records);
    return out;
  }
  await runOnWorkers<readonly SearchRecord[], PagefindShard>(WORKER_FILE, shards, threads, (k, shard) => {
    out[k] = shard;
  });
  return out;
}
