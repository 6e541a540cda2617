import { expect, it } from 'vitest';
import { runOnWorkers } from './worker-pool.ts';

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
