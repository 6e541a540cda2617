// The ingest's speed, on raw pages it has not seen (every page of the repository: the seeds, our
// transcribed pages, the new-layout fixtures), each page once per measurement:
//   - cleaning: the pipeline alone (ingestText), one thread, after a warm-up pass over the same
//     pages whose remembered answers are then forgotten (src/core/remember-by-text.ts), as a long
//     ingest meets new pages with its code compiled;
//   - with suspects: the same, with the suspected-misread search the command also runs;
//   - the command: `npm run ingest -- --out DIR --threads T` end to end, start-up included, and
//     its start-up alone (one small file), for one thread and for one per core.
// `npm run bench:ingest` prints them; `npm run bench` reports them with the rest.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadAuthority } from '../../src/core/entities/authority.ts';
import { forgetRemembered } from '../../src/core/remember-by-text.ts';
import { createEntityDetector } from '../ingest/describe/detect-entities.ts';
import { ingestText } from '../ingest/pipeline.ts';

const root = new URL('../../', import.meta.url).pathname;
const PAGE_DIRS = ['content/raw', 'tests/corpus/pages', 'tests/fixtures/new-layouts', 'tests/fixtures'];
const SMALL_PAGE = 'tests/fixtures/two-items.txt';

export interface CommandRun {
  threads: number;
  seconds: number;
  /** MB of raw text a second, start-up included, and net of the start-up of one run. */
  mbPerSecond: number;
  mbPerSecondAfterStartup: number;
}

export interface IngestThroughput {
  pages: number;
  megabytes: number;
  cleaningMBPerSecond: number;
  withSuspectsMBPerSecond: number;
  startupSeconds: number;
  command: CommandRun[];
}

function pagePaths(): string[] {
  return PAGE_DIRS.flatMap((d) =>
    readdirSync(join(root, d))
      .filter((f) => f.endsWith('.txt'))
      .map((f) => join(root, d, f)),
  );
}

function inProcess(texts: readonly string[], suspects: boolean): number {
  const entities = createEntityDetector(loadAuthority(join(root, 'content/entities')));
  const pass = () => texts.forEach((t, i) => ingestText(t, `page-${i}.txt`, {}, { corrections: true, entities, suspects }));
  pass();
  forgetRemembered();
  const started = performance.now();
  pass();
  const seconds = (performance.now() - started) / 1000;
  forgetRemembered();
  return texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6 / seconds;
}

function runCommand(files: readonly string[], threads: number): number {
  const out = mkdtempSync(join(tmpdir(), 'bench-ingest-'));
  try {
    const started = performance.now();
    const run = spawnSync(
      process.execPath,
      [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/ingest/cli.ts'), '--out', out, '--no-corrections', '--threads', String(threads), ...files],
      { cwd: root, encoding: 'utf8' },
    );
    if (run.status !== 0) throw new Error(`the ingest failed: ${run.stdout}${run.stderr}`);
    return (performance.now() - started) / 1000;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export function ingestThroughput(): IngestThroughput {
  const paths = pagePaths();
  const texts = paths.map((p) => readFileSync(p, 'utf8'));
  const megabytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  const startupSeconds = runCommand([join(root, SMALL_PAGE)], 1);
  const threadCounts = [...new Set([1, Math.min(availableParallelism(), paths.length)])];
  const command = threadCounts.map((threads): CommandRun => {
    const seconds = runCommand(paths, threads);
    return { threads, seconds, mbPerSecond: megabytes / seconds, mbPerSecondAfterStartup: megabytes / Math.max(1e-3, seconds - startupSeconds) };
  });
  return { pages: paths.length, megabytes, cleaningMBPerSecond: inProcess(texts, false), withSuspectsMBPerSecond: inProcess(texts, true), startupSeconds, command };
}

export function describeThroughput(t: IngestThroughput): string[] {
  return [
    `ingest of ${t.pages} pages (${t.megabytes.toFixed(2)} MB): cleaning ${t.cleaningMBPerSecond.toFixed(2)} MB/s a thread, with the suspects' search ${t.withSuspectsMBPerSecond.toFixed(2)} MB/s`,
    `    the command: start-up ${t.startupSeconds.toFixed(1)} s; ${t.command.map((c) => `${c.threads} thread(s) ${c.seconds.toFixed(1)} s (${c.mbPerSecond.toFixed(2)} MB/s, ${c.mbPerSecondAfterStartup.toFixed(2)} after start-up)`).join('; ')}`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) for (const line of describeThroughput(ingestThroughput())) console.log(line);
