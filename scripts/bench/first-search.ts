// A first search in Chromium, measured: the search page is loaded, then a query is typed. Counted
// are the files the search fetches until its first results show (or until it says nothing was
// found) and until it is done, each by its gzipped size on disk (what a host that compresses
// would send), by kind of file.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { launchBrowser } from '../../tests/e2e/browser.ts';
import { serveStatic } from '../../tests/e2e/static-server.ts';

export interface SearchCost {
  found: boolean;
  msToFirst: number;
  gzipBytesToFirst: number;
  gzipBytesTotal: number;
  gzipBytesByKindToFirst: Record<string, number>;
  filesToFirst: number;
}

function kindOf(path: string): string {
  if (/^\/search-index\/n\/[^/]+\/e\//u.test(path)) return 'park and company lists';
  if (path.startsWith('/search-index/n/')) return 'name index';
  if (/\/pf\/(pagefind\.js|wasm\.[^/]+)$/u.test(path)) return 'Pagefind script and WebAssembly';
  if (path.includes('/pf/')) return 'Pagefind index';
  if (/\/ids\/[^/]+\.json$/u.test(path)) return 'Pagefind page ids';
  if (/\/d\/\d+\.json$/u.test(path)) return 'article texts';
  if (path.endsWith('facets.json')) return 'filters';
  if (path.endsWith('/search-index/index.json')) return 'manifest';
  if (path.startsWith('/search/')) return 'character maps';
  return 'other';
}

declare global {
  interface Window {
    benchFirst?: number;
    benchStart?: number;
  }
}

export async function firstSearch(dist: string, query: string): Promise<SearchCost> {
  const server = await serveStatic(dist);
  const browser = await launchBrowser();
  const gz = new Map<string, number>();
  const gzipped = (path: string) => {
    if (!gz.has(path)) {
      let file = join(dist, decodeURIComponent(path));
      if (statSync(file, { throwIfNoEntry: false })?.isDirectory()) file = join(file, 'index.html');
      gz.set(path, statSync(file, { throwIfNoEntry: false }) ? gzipSync(readFileSync(file)).length : 0);
    }
    return gz.get(path)!;
  };
  try {
    const page = await browser.newPage();
    await page.goto(`${server.url}/search/`);
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => {
      performance.setResourceTimingBufferSize(100_000);
      performance.clearResourceTimings();
      new MutationObserver(() => {
        if (document.querySelector('#search-results li')) window.benchFirst ??= performance.now();
      }).observe(document.querySelector('#search-results')!, { childList: true });
      window.benchStart = performance.now();
    });
    await page.fill('#search-input', query);
    await page.press('#search-input', 'Enter');
    await page.waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''), undefined, { timeout: 120_000 });
    const doneAt = await page.evaluate(() => performance.now());
    await page.waitForTimeout(300);
    const { entries, first, start } = await page.evaluate(() => ({
      entries: performance.getEntriesByType('resource').map((e) => [new URL(e.name).pathname, (e as PerformanceResourceTiming).responseEnd] as [string, number]),
      first: window.benchFirst,
      start: window.benchStart!,
    }));
    const until = first ?? doneAt;
    const byKind: Record<string, number> = {};
    let toFirst = 0;
    let files = 0;
    for (const [path, end] of entries) {
      if (end > until) continue;
      const size = gzipped(path);
      toFirst += size;
      files++;
      byKind[kindOf(path)] = (byKind[kindOf(path)] ?? 0) + size;
    }
    return {
      found: first !== undefined,
      msToFirst: until - start,
      gzipBytesToFirst: toFirst,
      gzipBytesTotal: entries.reduce((n, [path]) => n + gzipped(path), 0),
      gzipBytesByKindToFirst: byKind,
      filesToFirst: files,
    };
  } finally {
    await browser.close();
    server.stop();
  }
}
