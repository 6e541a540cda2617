import { expect, it } from 'vitest';
import { runOnWorkerQueue, runOnWorkers } from './worker-pool.ts';

const TWIN_WORKER = 'src/integrations/twin-worker.ts';
const page = (n: number) => ({ html: `<p>第${n}页软件园区</p>`, path: `/p${n}/` });

it('runs every job once on several threads and hands each result back under its job’s index', async () => {
  const results = new Map<number, string>();
  await runOnWorkers<number, string>(TWIN_WORKER, [0, 1, 2, 3, 4], 2, (k, twin) => results.set(k, twin), page);
  expect([...results.keys()].sort()).toEqual([0, 1, 2, 3, 4]);
  for (const [k, twin] of results) expect(twin).toContain(`第${k}頁軟件園區`);
}, 60_000);

it('fails the run when a job fails', async () => {
  // The twin's worker cannot read a page that is not there.
  await expect(runOnWorkers(TWIN_WORKER, [{ html: null, path: '/x/' }], 1, () => {})).rejects.toThrow();
}, 60_000);

it('shares one queue with other takers: each job runs once, on whichever lane took it', async () => {
  let next = 0;
  const take = () => (next < 6 ? next++ : undefined);
  const taken = [take(), take()]; // another lane's jobs, taken before the workers start
  const results = new Map<number, string>();
  await runOnWorkerQueue<string>(TWIN_WORKER, take, 2, (k, twin) => results.set(k, twin), page);
  expect([...results.keys()].sort()).toEqual([2, 3, 4, 5]);
  expect(taken).toEqual([0, 1]);
  expect(next).toBe(6);
}, 60_000);

it('starts no thread when the queue is already empty', async () => {
  const started: number[] = [];
  await runOnWorkerQueue<string>(
    TWIN_WORKER,
    () => undefined,
    2,
    () => {},
    (k) => started.push(k),
  );
  expect(started).toEqual([]);
});
