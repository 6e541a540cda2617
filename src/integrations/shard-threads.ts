// The Pagefind indexes of the shards a build must index (search-index.ts), several at once:
// Pagefind's Node API drives one process per copy of the module, and a process indexes one
// record after another, so shards run side by side only on worker threads (shard-worker.ts),
// one Pagefind process each. The shards wait in one queue and each lane takes the next when it is
// done, so a slow shard never holds the others back.
//
// While the Traditional twin converts pages on the build's thread (after-build.ts), one core is
// its own: on two cores, two Pagefind processes beside it made the whole slower (10–15 s instead
// of 10–11 s at 2,000 articles), so there one lane indexes on this thread. When the twin is done
// (`coreFreed`), its core takes a lane of its own for the shards still waiting: at 5,000 articles
// the twin ends well before the index, and the second core sat idle for the rest.
import { availableParallelism } from 'node:os';
import { pagefindShard, type PagefindShard } from './search-pagefind.ts';
import type { SearchRecord } from './search-record.ts';
import { runOnWorkerQueue } from './worker-pool.ts';

const WORKER_FILE = 'src/integrations/shard-worker.ts';
/** More Pagefind processes than this only add memory: each holds a whole shard. */
const MAX_THREADS = 4;

/** How many lanes for `shards` shards on this machine while the twin keeps one core. */
export function shardThreads(shards: number, cores = availableParallelism()): number {
  return Math.max(1, Math.min(shards, cores - 1, MAX_THREADS));
}

export interface IndexShardsOptions {
  /** Lanes from the start (this thread's and the workers'). */
  threads?: number;
  /** Resolves when another core is free (the twin is done): one more lane then joins. */
  coreFreed?: Promise<unknown>;
  /** Called as each shard is made, so its files are written while the others are indexed. */
  onShard?: (k: number, shard: PagefindShard) => void;
}

/** Each shard's Pagefind index, in the order given; the first failure fails them all. */
export async function indexShards(shards: ReadonlyArray<readonly SearchRecord[]>, options: IndexShardsOptions = {}): Promise<PagefindShard[]> {
  const threads = options.threads ?? shardThreads(shards.length);
  const out = new Array<PagefindShard>(shards.length);
  const made = (k: number, shard: PagefindShard) => {
    out[k] = shard;
    options.onShard?.(k, shard);
  };
  let next = 0;
  const take = (): number | undefined => (next < shards.length ? next++ : undefined);
  const here = async () => {
    for (let k = take(); k !== undefined; k = take()) made(k, await pagefindShard(shards[k]!));
  };
  const onWorker = () => runOnWorkerQueue<PagefindShard>(WORKER_FILE, take, 1, made, (k) => shards[k]!);
  const lanes = [here(), ...Array.from({ length: Math.max(0, threads - 1) }, onWorker)];
  // A lane that finds the queue empty when the core is freed starts no worker.
  if (options.coreFreed) lanes.push(options.coreFreed.then(() => (next < shards.length ? onWorker() : undefined)));
  await Promise.all(lanes);
  return out;
}
