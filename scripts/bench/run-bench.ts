// `npm run bench`: what the build and the search cost as the archive grows. Builds the site with
// N synthetic articles added (default N = 0, 1000, 5000; `-- --sizes 0,500`), and a bare Astro
// site over the same Markdown for comparison; measures build seconds, marginal milliseconds per
// added article, peak memory of the whole process tree, pages written, the search index's size,
// the ingest's throughput, the bytes and time of a first search in Chromium, and page weight.
// Prints a table and JSON (also written to test-results/bench.json). Never part of `npm test`.
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseArgs } from 'node:util';
import { runMeasured } from './process-tree.ts';
import { writeSyntheticArticles } from './synthetic-articles.ts';
import { ingestText } from '../ingest/pipeline.ts';
import { createEntityDetector } from '../ingest/describe/detect-entities.ts';
import { loadAuthority } from '../../src/core/entities/authority.ts';
import { serveSite } from '../../tests/e2e/site-process.ts';
import { launchBrowser } from '../../tests/e2e/browser.ts';

const root = new URL('../../', import.meta.url).pathname;
const astroBin = join(root, 'node_modules/astro/bin/astro.mjs');

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : [join(dir, e.name)]));
}
const sizeOf = (dir: string) => filesUnder(dir).reduce((n, f) => n + statSync(f).size, 0);

interface BuildRow {
  articles: number;
  seconds: number;
  peakMiB: number;
  peakByProgramMiB: Record<string, number>;
  pages: number;
  indexKiB: number;
  bareSeconds: number;
  barePeakMiB: number;
}

async function buildBoth(work: string, added: number): Promise<BuildRow> {
  const articles = join(work, `articles-${added}`);
  cpSync(join(root, 'content/articles'), articles, { recursive: true });
  writeSyntheticArticles(join(root, 'content/articles'), articles, added);
  const total = readdirSync(articles).filter((f) => f.endsWith('.md')).length;
  const out = join(work, `dist-${added}`);
  const ours = await runMeasured(process.execPath, [astroBin, 'build', '--outDir', out], {
    cwd: root,
    env: { ...process.env, ARCHIVE_ARTICLES_DIR: articles, ASTRO_TELEMETRY_DISABLED: '1' },
  });
  if (ours.status !== 0) throw new Error(`build with ${added} added articles failed:\n${ours.output.slice(-2000)}`);
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
    peakMiB: ours.peakMiB,
    peakByProgramMiB: ours.peakByProgramMiB,
    pages: filesUnder(out).filter((f) => f.endsWith('.html')).length,
    indexKiB: sizeOf(join(out, 'pagefind')) / 1024,
    bareSeconds: bare.seconds,
    barePeakMiB: bare.peakMiB,
  };
}

function ingestThroughput(): number {
  const raw = readdirSync(join(root, 'content/raw')).filter((f) => f.endsWith('.txt'));
  const texts = raw.map((f) => readFileSync(join(root, 'content/raw', f), 'utf8'));
  const entities = createEntityDetector(loadAuthority(join(root, 'content/entities')));
  // Loading jieba's dictionary and the word model is a one-time start-up cost, not throughput.
  for (const t of texts) ingestText(t, 'warm-up', {}, { corrections: true, entities });
  let bytes = 0;
  const started = performance.now();
  for (let round = 0; round < 10; round++) {
    for (const t of texts) {
      ingestText(t, 'bench', {}, { corrections: true, entities });
      bytes += Buffer.byteLength(t);
    }
  }
  return bytes / 1e6 / ((performance.now() - started) / 1000);
}

interface SearchCost {
  bytes: number;
  gzipBytes: number;
  msToFirstResults: number;
  /** Gzipped bytes by kind of file: Pagefind's code, index, filter and fragment chunks, ours. */
  gzipBytesByKind: Record<string, number>;
}

function kindOfRequest(url: string): string {
  const path = new URL(url).pathname;
  if (/\.pf_index$/u.test(path)) return 'index chunks';
  if (/\.pf_filter$/u.test(path)) return 'filter chunks';
  if (/\.pf_fragment$/u.test(path)) return 'result fragments';
  if (/\.pf_meta$/u.test(path)) return 'index metadata';
  if (/wasm/u.test(path)) return 'WebAssembly';
  if (path.startsWith('/pagefind/')) return 'Pagefind scripts';
  if (path.startsWith('/search/')) return 'names and character maps';
  return 'other';
}

async function firstSearch(dist: string, query: string): Promise<SearchCost> {
  const server = await serveSite(dist);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/search/`);
    await page.waitForLoadState('networkidle');
    let bytes = 0;
    let gzipBytes = 0;
    const gzipBytesByKind: Record<string, number> = {};
    page.on('response', async (r) => {
      const body = await r.body().catch(() => Buffer.alloc(0));
      const gz = gzipSync(body).length;
      bytes += body.length;
      gzipBytes += gz;
      const kind = kindOfRequest(r.url());
      gzipBytesByKind[kind] = (gzipBytesByKind[kind] ?? 0) + gz;
    });
    const started = performance.now();
    await page.fill('#search-input', query);
    await page.press('#search-input', 'Enter');
    await page.waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''), undefined, { timeout: 60_000 });
    const ms = performance.now() - started;
    await page.waitForTimeout(300);
    return { bytes, gzipBytes, msToFirstResults: ms, gzipBytesByKind };
  } finally {
    await browser.close();
    server.stop();
  }
}

/** HTML+CSS and JavaScript bytes of the real (not synthetic) article pages: median and largest. */
function pageWeight(dist: string): { medianHtmlCssBytes: number; largestHtmlCssBytes: number; largestPage: string; jsBytes: number } {
  const weights = readdirSync(join(dist, 'articles'))
    .filter((a) => !a.startsWith('synthetic'))
    .map((a) => {
      const page = join(dist, 'articles', a, 'index.html');
      const html = readFileSync(page, 'utf8');
      const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].reduce((n, m) => n + statSync(join(dist, m[1]!)).size, 0);
      const js = [...html.matchAll(/<script[^>]*src="([^"]+)"/g)].reduce((n, m) => n + statSync(join(dist, m[1]!)).size, 0);
      return { page: `/articles/${a}/`, htmlCss: Buffer.byteLength(html) + css, js };
    })
    .sort((a, b) => a.htmlCss - b.htmlCss);
  const largest = weights.at(-1)!;
  return {
    medianHtmlCssBytes: weights[Math.floor(weights.length / 2)]!.htmlCss,
    largestHtmlCssBytes: largest.htmlCss,
    largestPage: largest.page,
    jsBytes: Math.max(...weights.map((w) => w.js)),
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { sizes: { type: 'string', default: '0,1000,5000' } } });
  const sizes = values
    .sizes!.split(',')
    .map(Number)
    .sort((a, b) => a - b);
  const work = mkdtempSync(join(tmpdir(), 'bench-'));
  mkdirSync(join(work, 'bare'), { recursive: true });
  cpSync(join(root, 'scripts/bench/bare-site'), join(work, 'bare'), { recursive: true });
  symlinkSync(join(root, 'node_modules'), join(work, 'bare/node_modules'));
  const rows: BuildRow[] = [];
  for (const n of sizes) {
    console.error(`building with ${n} synthetic articles…`);
    rows.push(await buildBoth(work, n));
  }
  const base = rows[0]!;
  const marginal = rows.slice(1).map((r) => ({
    added: r.articles - base.articles,
    msPerArticle: ((r.seconds - base.seconds) * 1000) / (r.articles - base.articles),
    bareMsPerArticle: ((r.bareSeconds - base.bareSeconds) * 1000) / (r.articles - base.articles),
  }));
  const largest = sizes.at(-1)!;
  // The first search on every site of 1,000 articles or more (the target is stated at 5,000).
  const searches = [];
  for (const [i, n] of sizes.entries()) if (n >= 1000) searches.push({ articles: rows[i]!.articles, ...(await firstSearch(join(work, `dist-${n}`), '比亚迪')) });
  const search = searches.at(-1) ?? { articles: rows.at(-1)!.articles, ...(await firstSearch(join(work, `dist-${largest}`), '比亚迪')) };
  const weight = pageWeight(join(work, `dist-${largest}`));
  const result = {
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    builds: rows.map((r) => ({ ...r, ratioToBare: r.seconds / r.bareSeconds })),
    marginal: marginal.map((m) => ({ ...m, ratioToBare: m.msPerArticle / m.bareMsPerArticle })),
    ingestMBPerSecond: ingestThroughput(),
    firstSearch: searches,
    firstSearchAtLargest: search,
    articlePage: weight,
  };
  console.log('articles  build s  peak MiB  pages  index KiB  bare s  ratio');
  for (const r of result.builds) {
    console.log(
      `${String(r.articles).padStart(8)}  ${r.seconds.toFixed(1).padStart(7)}  ${r.peakMiB.toFixed(0).padStart(8)}  ${String(r.pages).padStart(5)}  ${r.indexKiB.toFixed(0).padStart(9)}  ${r.bareSeconds.toFixed(1).padStart(6)}  ${r.ratioToBare.toFixed(2).padStart(5)}`,
    );
  }
  for (const m of result.marginal)
    console.log(`marginal: ${m.msPerArticle.toFixed(1)} ms per added article (bare ${m.bareMsPerArticle.toFixed(1)}; ratio ${m.ratioToBare.toFixed(2)}) over ${m.added}`);
  console.log(`ingest: ${result.ingestMBPerSecond.toFixed(2)} MB/s of raw OCR text`);
  for (const s of searches.length > 0 ? searches : [search]) {
    console.log(`first search at ${s.articles} articles: ${(s.bytes / 1024).toFixed(0)} KB (${(s.gzipBytes / 1024).toFixed(0)} KB gzipped), ${s.msToFirstResults.toFixed(0)} ms to results`);
    console.log(
      `  by kind (gzipped KB): ${Object.entries(s.gzipBytesByKind)
        .map(([k, v]) => `${k} ${(v / 1024).toFixed(0)}`)
        .join(', ')}`,
    );
  }
  console.log(
    `article pages: median ${(weight.medianHtmlCssBytes / 1024).toFixed(1)} KB HTML+CSS, largest ${(weight.largestHtmlCssBytes / 1024).toFixed(1)} KB (${weight.largestPage}); ${weight.jsBytes} bytes JS`,
  );
  for (const r of result.builds) console.log(`peak memory by program at ${r.articles} articles: ${JSON.stringify(r.peakByProgramMiB)} MiB`);
  mkdirSync(join(root, 'test-results'), { recursive: true });
  writeFileSync(join(root, 'test-results/bench.json'), `${JSON.stringify(result, null, 2)}\n`);
  console.log(JSON.stringify(result));
  rmSync(work, { recursive: true, force: true });
}

await main();
