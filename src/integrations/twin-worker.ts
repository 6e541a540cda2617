// A worker thread of the twin pass (traditional-twin.ts): converts the pages it is sent.
import { parentPort } from 'node:worker_threads';
import { twinHtml } from '../lib/twin-html.ts';

parentPort?.on('message', (job: { id: number; html: string; path: string }) => {
  parentPort?.postMessage({ id: job.id, twin: twinHtml(job.html, job.path) });
});
