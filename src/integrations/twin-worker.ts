// A worker thread of the twin pass (traditional-twin.ts): converts the pages it is sent.
import { twinHtml } from '../lib/twin-html.ts';
import { workerAnswer } from './worker-pool.ts';

workerAnswer((job: { html: string; path: string }) => twinHtml(job.html, job.path));
