import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { expect, it } from 'vitest';
import { twinHtml } from '../lib/twin-html.ts';
import { BuildCache } from './build-cache.ts';
import { writeTraditionalTwin } from './traditional-twin.ts';

function siteWithPages(count: number): string {
  const site = mkdtempSync(join(tmpdir(), 'twin-site-'));
  for (let n = 0; n < count; n++) {
    mkdirSync(join(site, 'articles', `a${n}`), { recursive: true });
    writeFileSync(join(site, 'articles', `a${n}`, 'index.html'), `<html lang="zh-Hans"><body><p>第${n}篇：软件园区发展</p></body></html>`);
  }
  return site;
}

it('writes every page’s Traditional twin, converted, and takes it from the cache next time', async () => {
  const site = siteWithPages(3);
  const cache = new BuildCache(mkdtempSync(join(tmpdir(), 'twin-cache-')), process.cwd());
  expect(await writeTraditionalTwin(site, cache)).toMatchObject({ pages: 3, converted: 3 });
  expect(readFileSync(join(site, 'zh-hant/articles/a1/index.html'), 'utf8')).toContain('第1篇：軟件園區發展');
  // A new output directory with the same pages: the twins come from the cache, none converted.
  const again = siteWithPages(3);
  expect(await writeTraditionalTwin(again, cache)).toMatchObject({ pages: 3, converted: 0 });
  expect(readFileSync(join(again, 'zh-hant/articles/a2/index.html'), 'utf8')).toContain('第2篇：軟件園區發展');
});

it('hands the event loop back between pages, so the search index’s talk with Pagefind goes on meanwhile', async () => {
  const pages = 20;
  const site = siteWithPages(pages);
  const cache = new BuildCache(mkdtempSync(join(tmpdir(), 'twin-cache-')), process.cwd());
  let turns = 0;
  let counting = true;
  const count = () => {
    if (!counting) return;
    turns++;
    setImmediate(count);
  };
  setImmediate(count);
  const twin = await writeTraditionalTwin(site, cache);
  counting = false;
  expect(twin.converted).toBe(pages);
  // Converting all pages in one go would let the loop turn once or twice at most.
  expect(turns).toBeGreaterThanOrEqual(pages - 1);
});

it('starts its worker thread (the build’s, for thousands of pages) and converts a page there as here', async () => {
  // The worker loads the twin's modules with Node's own type stripping: syntax beyond types
  // (a parameter property, an enum) anywhere they import stops it from starting.
  const worker = new Worker(join(process.cwd(), 'src/integrations/twin-worker.ts'));
  try {
    const html = '<html lang="zh-Hans"><body><p>软件园区发展</p></body></html>';
    const reply = await new Promise<{ index: number; result: string }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
      worker.postMessage({ index: 7, job: { html, path: '/articles/x/' } });
    });
    expect(reply).toEqual({ index: 7, result: twinHtml(html, '/articles/x/') });
    expect(reply.result).toContain('軟件園區發展');
  } finally {
    await worker.terminate();
  }
});
