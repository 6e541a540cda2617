// A worker thread of the search index (search-index.ts): indexes the shards it is sent with a
// Pagefind process of its own (each thread loads its own copy of Pagefind's Node API, whose
// process is one per module copy), so two shards are indexed at once on two cores.
import { parentPort } from 'node:worker_threads';
import { pagefindShard } from './search-pagefind.ts';
import type { SearchRecord } from './search-record.ts';

parentPort?.on('message', (job: { id: number; records: SearchRecord[] }) => {
  pagefindShard(job.records).then(
    (shard) => parentPort?.postMessage({ id: job.id, shard }),
    (error: unknown) => parentPort?.postMessage({ id: job.id, error: error instanceof Error ? error.message : String(error) }),
  );
});
