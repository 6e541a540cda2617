// Jobs of the steps after the build shared out to worker threads (the twin's pages, the search
// index's shards): each worker takes the next job when it has answered one, so a slow job never
// holds the others back. A worker file answers `{ index, job }` with `{ index, result }` or
// `{ index, error }` (workerAnswer below); the first error fails the whole run.
import { join } from 'node:path';
import { parentPort, Worker } from 'node:worker_threads';

type Reply<R> = { index: number; result: R } | { index: number; error: string };

/**
 * Runs `jobs` on `count` threads of `file` (relative to the project root), `onResult` as each
 * ends. `sent` makes a job's message when it is sent (the twin reads a page only then, so a large
 * site's pages need not all sit in memory).
 */
export async function runOnWorkers<J, R>(file: string, jobs: readonly J[], count: number, onResult: (index: number, result: R) => void, sent: (job: J) => unknown = (job) => job): Promise<void> {
  let next = 0;
  const take = () => (next < jobs.length ? next++ : undefined);
  await runOnWorkerQueue<R>(file, take, count, onResult, (index) => sent(jobs[index]!));
}

/**
 * Runs jobs taken from a queue others may take from too (`take` gives the next job's index, or
 * undefined when none is left) on `count` threads of `file`; `sent` makes job `index`'s message.
 * A thread is started only for a job it has taken.
 */
export async function runOnWorkerQueue<R>(file: string, take: () => number | undefined, count: number, onResult: (index: number, result: R) => void, sent: (index: number) => unknown): Promise<void> {
  const workers: Worker[] = [];
  const lane = (first: number) =>
    new Promise<void>((resolve, reject) => {
      const worker = new Worker(join(process.cwd(), file));
      workers.push(worker);
      const feed = (index: number | undefined) => (index === undefined ? resolve() : worker.postMessage({ index, job: sent(index) }));
      worker.on('message', (reply: Reply<R>) => {
        if ('error' in reply) return reject(new Error(reply.error));
        onResult(reply.index, reply.result);
        feed(take());
      });
      worker.on('error', reject);
      feed(first);
    });
  try {
    const lanes: Array<Promise<void>> = [];
    for (let k = 0; k < count; k++) {
      const first = take();
      if (first === undefined) break;
      lanes.push(lane(first));
    }
    await Promise.all(lanes);
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** In a worker file: answers each job with `work`'s result, or its error. */
export function workerAnswer<J, R>(work: (job: J) => R | Promise<R>): void {
  parentPort?.on('message', ({ index, job }: { index: number; job: J }) => {
    Promise.resolve()
      .then(() => work(job))
      .then(
        (result) => parentPort?.postMessage({ index, result }),
        (error: unknown) => parentPort?.postMessage({ index, error: error instanceof Error ? error.message : String(error) }),
      );
  });
}
