// A worker thread of the search index (search-index.ts): indexes the shards it is sent with a
// Pagefind process of its own (each thread loads its own copy of Pagefind's Node API, whose
// process is one per module copy), so two shards are indexed at once on two cores.
import { pagefindShard } from './search-pagefind.ts';
import type { SearchRecord } from './search-record.ts';
import { workerAnswer } from './worker-pool.ts';

workerAnswer((records: SearchRecord[]) => pagefindShard(records));
