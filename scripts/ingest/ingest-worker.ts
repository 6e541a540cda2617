// A worker thread of ingest-files.ts: cleans the files it is sent, one at a time, and sends each
// outcome back. It builds its own entity detector from the authority it was started with.
import { parentPort, workerData } from 'node:worker_threads';
import type { Authority } from '../../src/core/entities/authority.ts';
import { createEntityDetector } from './describe/detect-entities.ts';
import { ingestFile } from './ingest-file.ts';
import type { RawFile } from './ingest-files.ts';

const { corrections, authority } = workerData as { corrections: boolean; authority: Authority };
const entities = createEntityDetector(authority);

parentPort!.on('message', ({ index, file }: { index: number; file: RawFile }) => {
  parentPort!.postMessage({ index, outcome: ingestFile(file.path, file.shown, file.file, { corrections, entities }) });
});
