// The ingest's speed, on raw pages it has not seen (every page of the repository: the seeds, our
// transcribed pages, the new-layout fixtures), each page once per measurement:
//   - cleaning: the pipeline alone (ingestText), one thread, after a warm-up pass over the same
//     pages, each pass's remembered answers then forgotten (src/core/remember-by-text.ts), as a
//     long ingest meets new pages with its code compiled; the fastest of three passes (a shared
//     machine's noise only slows a pass) and the median; the slowest pages named with their times;
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

/** A page's share of the measured cleaning pass. */
export interface PageTime {
  page: string;
  ms: number;
  mbPerSecond: number;
}

export interface IngestThroughput {
  pages: number;
  megabytes: number;
  /** The fastest measured pass, and the median one. */
  cleaningMBPerSecond: number;
  cleaningMedianMBPerSecond: number;
  /** The pages that took longest in the fastest cleaning pass, slowest first. */
  slowest: PageTime[];
  withSuspectsMBPerSecond: number;
  withSuspectsMedianMBPerSecond: number;
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

const SLOWEST_SHOWN = 3;

/** Measured passes after the warm-up: the machine's noise (other tenants' work) only ever slows a pass down. */
const PASSES = 3;

/**
 * MB/s over the pages, after a warm-up pass, from the fastest of PASSES passes (and the median
 * pass beside it); each page's time in that fastest pass.
 */
function inProcess(texts: readonly string[], suspects: boolean): { mbPerSecond: number; medianMBPerSecond: number; ms: number[] } {
  const entities = createEntityDetector(loadAuthority(join(root, 'content/entities')));
  const megabytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0) / 1e6;
  const pass = (): number[] => {
    const ms = texts.map((t, i) => {
      const started = performance.now();
      ingestText(t, `page-${i}.txt`, {}, { corrections: true, entities, suspects });
      return performance.now() - started;
    });
    // Each pass meets the pages as new, as a long ingest does.
    forgetRemembered();
    return ms;
  };
  pass();
  const passes = Array.from({ length: PASSES }, pass)
    .map((ms) => ({ ms, seconds: ms.reduce((a, b) => a + b, 0) / 1000 }))
    .sort((a, b) => a.seconds - b.seconds);
  return { mbPerSecond: megabytes / passes[0]!.seconds, medianMBPerSecond: megabytes / passes[PASSES >> 1]!.seconds, ms: passes[0]!.ms };
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
  const cleaning = inProcess(texts, false);
  const slowest = cleaning.ms
    .map((ms, i): PageTime => ({ page: paths[i]!.slice(root.length), ms, mbPerSecond: Buffer.byteLength(texts[i]!) / 1e6 / (ms / 1000) }))
    .sort((a, b) => b.ms - a.ms)
    .slice(0, SLOWEST_SHOWN);
  const withSuspects = inProcess(texts, true);
  return {
    pages: paths.length,
    megabytes,
    cleaningMBPerSecond: cleaning.mbPerSecond,
    cleaningMedianMBPerSecond: cleaning.medianMBPerSecond,
    slowest,
    withSuspectsMBPerSecond: withSuspects.mbPerSecond,
    withSuspectsMedianMBPerSecond: withSuspects.medianMBPerSecond,
    startupSeconds,
    command,
  };
}

export function describeThroughput(t: IngestThroughput): string[] {
  return [
    `ingest of ${t.pages} pages (${t.megabytes.toFixed(2)} MB), the fastest of ${PASSES} passes (the median pass in brackets): cleaning ${t.cleaningMBPerSecond.toFixed(2)} MB/s a thread (${t.cleaningMedianMBPerSecond.toFixed(2)}), with the suspects' search ${t.withSuspectsMBPerSecond.toFixed(2)} MB/s (${t.withSuspectsMedianMBPerSecond.toFixed(2)})`,
    `    slowest pages in the fastest cleaning pass: ${t.slowest.map((p) => `${p.page} ${p.ms.toFixed(0)} ms (${p.mbPerSecond.toFixed(2)} MB/s)`).join('; ')}`,
    `    the command: start-up ${t.startupSeconds.toFixed(1)} s; ${t.command.map((c) => `${c.threads} thread(s) ${c.seconds.toFixed(1)} s (${c.mbPerSecond.toFixed(2)} MB/s, ${c.mbPerSecondAfterStartup.toFixed(2)} after start-up)`).join('; ')}`,
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) for (const line of describeThroughput(ingestThroughput())) console.log(line);
