// `npm run bench`: what the build and the search cost as the archive grows. For each size N
// (default 0, 1000, 5000; `-- --sizes 0,500`) it builds the site with N synthetic articles added
// (synthetic-articles.ts: real articles with realistic front matter: provenance, parks, companies)
// from a cold build cache, then adds one clipping and builds again with the cache (the rebuild an
// editor waits for), and builds a bare Astro site over the same Markdown for comparison. It
// measures build seconds, the marginal milliseconds per added article, peak memory of the whole
// process tree, the article pages' times (Astro's, and each page's provenance diff timed on its
// own, provenance-cost.ts), pages written, the search index's size, the ingest's throughput, and
// in Chromium the bytes a first search downloads until its first results show, for a name, a
// full-text query and a name the archive does not hold.
// Prints a table and JSON (also written to test-results/bench.json). Never part of `npm test`.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runMeasured, type RunResult } from './process-tree.ts';
import { firstSearch, type SearchCost } from './first-search.ts';
import { type SyntheticArchive, syntheticName, writeSyntheticArticles } from './synthetic-articles.ts';
import { describeThroughput, ingestThroughput } from './ingest-throughput.ts';
import { type ProvenanceCost, provenanceCost } from './provenance-cost.ts';

const root = new URL('../../', import.meta.url).pathname;
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');
const QUERIES = { name: '比亚迪', text: '钠离子电池', absent: '迪士尼乐园' } as const;

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}
const sizeOf = (dir: string) => (existsSync(dir) ? filesUnder(dir).reduce((n, f) => n + statSync(f).size, 0) : 0);

interface BuildRow {
  articles: number;
  seconds: number;
  cpuSeconds: number;
  peakMiB: number;
  peakByProgramMiB: Record<string, number>;
  pages: number;
  indexMiB: number;
  indexFiles: number;
  articlePages: PageTimes;
  /** Each article's provenance diff timed on its own (the heaviest step of its page). */
  provenance: ProvenanceCost;
  afterBuild: string[];
  rebuildSeconds: number;
  rebuildCpuSeconds: number;
  rebuildAfterBuild: string[];
  bareSeconds: number;
  bareCpuSeconds: number;
  barePeakMiB: number;
}

interface PageTimes {
  median: number;
  p99: number;
  max: number;
  slowest: string;
  over50: number;
  /** The first article page written: its time holds the route's one-time work (reading the collection). */
  firstPageMs: number;
}

/**
 * Astro prints every page it writes with its time: how long the article pages took. The first one
 * is left out (it carries the route's set-up). A page's time is wall time from its start to its
 * end while Astro renders several pages at once (build.concurrency): it holds the other pages'
 * work and any garbage collection that falls in it, so it shows how long a page waited, not what
 * it cost (provenance-cost.ts times the heaviest step of each page on its own).
 */
function articlePageTimes(output: string): PageTimes {
  const pages = [...output.matchAll(/(\/articles\/[^ ]+\/index\.html) \(\+(\d+)ms\)/gu)].map((m) => ({ page: m[1]!, ms: Number(m[2]) }));
  const rest = pages.slice(1).sort((a, b) => a.ms - b.ms);
  const at = (q: number) => rest[Math.min(rest.length - 1, Math.floor(q * rest.length))]?.ms ?? 0;
  return { median: at(0.5), p99: at(0.99), max: rest.at(-1)?.ms ?? 0, slowest: rest.at(-1)?.page ?? '', over50: rest.filter((p) => p.ms > 50).length, firstPageMs: pages[0]?.ms ?? 0 };
}

const afterBuildLines = (output: string) => [...output.matchAll(/\[archive-after-build\] (.*)/gu)].map((m) => m[1]!.trim());

function astroBuild(out: string, articles: string, cache: string, force: boolean): Promise<RunResult> {
  // --force: Astro's own content cache (node_modules/.astro) is cleared, so a full build is cold.
  return runMeasured(process.execPath, [astroBin, 'build', '--outDir', out, ...(force ? ['--force'] : [])], {
    cwd: root,
    env: { ...process.env, ARCHIVE_ARTICLES_DIR: articles, ARCHIVE_CACHE_DIR: cache, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}

async function buildSize(work: string, added: number): Promise<BuildRow> {
  const articles = join(work, `articles-${added}`);
  cpSync(join(root, 'content/articles'), articles, { recursive: true });
  const archive: SyntheticArchive = writeSyntheticArticles(join(root, 'content/articles'), articles, added);
  const total = readdirSync(articles).filter((f) => f.endsWith('.md')).length;
  const out = join(work, `dist-${added}`);
  const cache = join(work, `cache-${added}`);
  const ours = await astroBuild(out, articles, cache, true);
  if (ours.status !== 0) throw new Error(`build with ${added} added articles failed:\n${ours.output.slice(-2000)}`);
  const row = {
    pages: filesUnder(out).filter((f) => f.endsWith('.html')).length,
    indexMiB: sizeOf(join(out, 'search-index')) / 2 ** 20,
    indexFiles: existsSync(join(out, 'search-index')) ? filesUnder(join(out, 'search-index')).length : 0,
  };
  // One more clipping, built again with the cache the full build left.
  writeFileSync(join(articles, syntheticName(added + 1)), archive.article(added + 1));
  const again = await astroBuild(out, articles, cache, false);
  if (again.status !== 0) throw new Error(`rebuild failed:\n${again.output.slice(-2000)}`);
  rmSync(join(articles, syntheticName(added + 1)));
  const bareRoot = join(work, 'bare');
  // Inside the bare site's root, so its build finds node_modules from its output.
  const bare = await runMeasured(process.execPath, [astroBin, 'build', '--root', bareRoot, '--outDir', join(bareRoot, `dist-${added}`)], {
    cwd: bareRoot,
    env: { ...process.env, BENCH_ARTICLES_DIR: articles, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (bare.status !== 0) throw new Error(`bare build failed:\n${bare.output.slice(-2000)}`);
  return {
    articles: total,
    seconds: ours.seconds,
    cpuSeconds: ours.cpuSeconds,
    peakMiB: ours.peakMiB,
    peakByProgramMiB: ours.peakByProgramMiB,
    ...row,
    articlePages: articlePageTimes(ours.output),
    provenance: provenanceCost(articles),
    afterBuild: afterBuildLines(ours.output),
    rebuildSeconds: again.seconds,
    rebuildCpuSeconds: again.cpuSeconds,
    rebuildAfterBuild: afterBuildLines(again.output),
    bareSeconds: bare.seconds,
    bareCpuSeconds: bare.cpuSeconds,
    barePeakMiB: bare.peakMiB,
  };
}

/** HTML+CSS and JavaScript bytes of the real (not synthetic) article pages: median and largest. */
function pageWeight(dist: string): { medianHtmlCssBytes: number; largestHtmlCssBytes: number; largestPage: string; jsBytes: number } {
  // Article pages are directories; beside them are each article's data and citation files.
  const weights = readdirSync(join(dist, 'articles'), { withFileTypes: true })
    .filter((e) => e.isDirectory() && !e.name.startsWith('synthetic'))
    .map((e) => e.name)
    .map((a) => {
      const html = readFileSync(join(dist, 'articles', a, 'index.html'), 'utf8');
      const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce((n, m) => n + statSync(join(dist, m[1]!)).size, 0);
      const js = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].reduce((n, m) => n + statSync(join(dist, m[1]!)).size, 0);
      return { page: `/articles/${a}/`, htmlCss: Buffer.byteLength(html) + css, js };
    })
    .sort((a, b) => a.htmlCss - b.htmlCss);
  const largest = weights.at(-1)!;
  return { medianHtmlCssBytes: weights[Math.floor(weights.length / 2)]!.htmlCss, largestHtmlCssBytes: largest.htmlCss, largestPage: largest.page, jsBytes: Math.max(...weights.map((w) => w.js)) };
}

const kb = (bytes: number) => (bytes / 1024).toFixed(0);

interface Marginal {
  added: number;
  msPerArticle: number;
  cpuMsPerArticle: number;
  bareMsPerArticle: number;
  bareCpuMsPerArticle: number;
}

function report(result: { builds: BuildRow[]; marginal: Marginal[]; searches: Array<{ articles: number; query: string; kind: string } & SearchCost> }): void {
  console.log('articles  build s (CPU s)  rebuild s (CPU s)  peak MiB  pages  index MiB  article page wall ms (median/p99/max)  bare s (CPU s)  ratio');
  const both = (wall: number, cpu: number) => `${wall.toFixed(1)} (${cpu.toFixed(1)})`;
  for (const r of result.builds) {
    console.log(
      `${String(r.articles).padStart(8)}  ${both(r.seconds, r.cpuSeconds).padStart(15)}  ${both(r.rebuildSeconds, r.rebuildCpuSeconds).padStart(17)}  ${r.peakMiB.toFixed(0).padStart(8)}  ${String(r.pages).padStart(5)}  ${r.indexMiB.toFixed(1).padStart(9)}  ${`${r.articlePages.median}/${r.articlePages.p99}/${r.articlePages.max}`.padStart(32)}  ${both(r.bareSeconds, r.bareCpuSeconds).padStart(14)}  ${(r.seconds / r.bareSeconds).toFixed(2).padStart(5)}`,
    );
    const t = r.articlePages;
    console.log(
      `    article pages, wall time with others rendered at once: ${t.over50} over 50 ms, the longest ${t.max} ms (not named: with pages rendered at once, a time in Astro's log may sit beside another page's name); the first one written, with the route's set-up: ${t.firstPageMs} ms`,
    );
    const p = r.provenance;
    console.log(`    provenance diff of each article on its own: median ${p.medianMs.toFixed(1)} ms, max ${p.maxMs.toFixed(1)} ms (${p.slowest}), ${p.over50} over 50 ms`);
    for (const line of r.afterBuild) console.log(`    build:   ${line}`);
    for (const line of r.rebuildAfterBuild) console.log(`    rebuild: ${line}`);
  }
  for (const m of result.marginal)
    console.log(
      `marginal: ${m.msPerArticle.toFixed(1)} ms per added article, ${m.cpuMsPerArticle.toFixed(1)} ms of CPU (bare ${m.bareMsPerArticle.toFixed(1)} ms, ${m.bareCpuMsPerArticle.toFixed(1)} ms of CPU; ratio ${(m.msPerArticle / m.bareMsPerArticle).toFixed(2)}) over ${m.added}`,
    );
  for (const s of result.searches) {
    console.log(
      `search at ${s.articles} articles, ${s.kind} “${s.query}”: ${kb(s.gzipBytesToFirst)} KB gzipped until ${s.found ? 'the first results show' : 'it says nothing was found'} (${s.msToFirst.toFixed(0)} ms), ${kb(s.gzipBytesTotal)} KB for the whole search`,
    );
    console.log(
      `    by kind until then (gzipped KB): ${Object.entries(s.gzipBytesByKindToFirst)
        .map(([k, v]) => `${k} ${kb(v)}`)
        .join(', ')}`,
    );
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '0,1000,5000' } } });
  const sizes = values
    .sizes!.split(',')
    .map(Number)
    .sort((a, b) => a - b);
  const machine = { cpus: cpus().length, cpu: cpus()[0]?.model ?? '?', memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version, loadAverageAtStart: loadavg()[0]!.toFixed(1) };
  const work = mkdtempSync(join(tmpdir(), 'bench-'));
  mkdirSync(join(work, 'bare'), { recursive: true });
  cpSync(join(root, 'scripts/bench/bare-site'), join(work, 'bare'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(work, 'bare/node_modules'));
  try {
    const builds: BuildRow[] = [];
    for (const n of sizes) {
      console.error(`building with ${n} synthetic articles…`);
      builds.push(await buildSize(work, n));
    }
    const base = builds[0]!;
    const per = (r: BuildRow, f: (b: BuildRow) => number) => ((f(r) - f(base)) * 1000) / (r.articles - base.articles);
    const marginal: Marginal[] = builds.slice(1).map((r) => ({
      added: r.articles - base.articles,
      msPerArticle: per(r, (b) => b.seconds),
      cpuMsPerArticle: per(r, (b) => b.cpuSeconds),
      bareMsPerArticle: per(r, (b) => b.bareSeconds),
      bareCpuMsPerArticle: per(r, (b) => b.bareCpuSeconds),
    }));
    const searches = [];
    for (const [i, n] of sizes.entries()) {
      if (n < 1000 && n !== sizes.at(-1)) continue;
      for (const [kind, query] of Object.entries(QUERIES)) searches.push({ articles: builds[i]!.articles, kind, query, ...(await firstSearch(join(work, `dist-${n}`), query)) });
    }
    const result = {
      machine,
      builds,
      marginal,
      ingest: ingestThroughput(),
      searches,
      articlePage: pageWeight(join(work, `dist-${sizes.at(-1)}`)),
    };
    report(result);
    for (const line of describeThroughput(result.ingest)) console.log(line);
    const w = result.articlePage;
    console.log(`article pages: median ${kb(w.medianHtmlCssBytes)} KB HTML+CSS, largest ${kb(w.largestHtmlCssBytes)} KB (${w.largestPage}); ${w.jsBytes} bytes JS`);
    console.log(`machine: ${JSON.stringify(machine)}`);
    mkdirSync(join(root, 'test-results'), { recursive: true });
    writeFileSync(join(root, 'test-results/bench.json'), `${JSON.stringify(result, null, 2)}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
