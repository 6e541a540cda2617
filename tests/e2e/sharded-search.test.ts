// The search index comes in shards of neighbouring years (src/integrations/search-index.ts). Here
// the committed articles are built with shards of a few pages, so the search page has to read
// every shard: filters, names first and full text must find articles in all of them.
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { MANIFEST_FILE, type Manifest } from '../../src/lib/search-data.ts';
import { publishedArticles } from './articles.ts';
import { useBrowserPage } from './browser.ts';
import { buildSite, root } from './site-process.ts';
import { serveStatic } from './static-server.ts';

let server: { url: string; stop: () => void };
let dist: string;
const session = useBrowserPage();

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'sharded-dist-'));
  const built = buildSite(join(root, 'content/articles'), dist, { ARCHIVE_SEARCH_SHARD_PAGES: '6', ARCHIVE_CACHE_DIR: mkdtempSync(join(tmpdir(), 'sharded-cache-')) });
  if (built.status !== 0) throw new Error(built.output.slice(-2000));
  server = await serveStatic(dist);
});
afterAll(() => server?.stop());

async function search(query: string): Promise<string[]> {
  const page = session.page();
  await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
  while (await page.locator('#search-more').isVisible()) {
    const before = await page.locator('#search-results li').count();
    await page.click('#search-more');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n || document.querySelector<HTMLElement>('#search-more')!.hidden, before);
  }
  return page.locator('#search-results h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

it('writes shards newest first', () => {
  const manifest = JSON.parse(readFileSync(join(dist, MANIFEST_FILE), 'utf8')) as Manifest;
  expect(manifest.shards.length).toBeGreaterThanOrEqual(2);
  expect(manifest.shards[0]!.years.startsWith('2023')).toBe(true);
  expect(manifest.shards.some((s) => s.years.includes('2019'))).toBe(true);
});

it('finds every article writing a company name, whatever shard it is in', async () => {
  const links = await search('比亚迪');
  const writing = publishedArticles(join(root, 'content/articles')).filter((a) => a.body.includes('比亚迪') || a.title.includes('比亚迪'));
  expect(writing.length).toBeGreaterThan(1);
  expect(links.sort()).toEqual(writing.map((a) => `/articles/${a.id}/`).sort());
});

it('finds full text in every year, with links that stay on this site', async () => {
  const links = await search('徐州');
  expect(links.some((l) => l.startsWith('/articles/2019-'))).toBe(true);
  expect(links.some((l) => l.startsWith('/articles/2023'))).toBe(true);
  for (const l of links) expect(l).toMatch(/^\/articles\/[^/]+\/$/u);
});

it('filters by year across shards', async () => {
  const page = session.page();
  await search('科技');
  await page.click('#search-show-filters');
  await page.locator('#search-filters input[data-key="year"][value="2019"]').check();
  // The old list is cleared before the filtered one arrives: wait for a full list of 2019 only.
  await page.waitForFunction(() => {
    const links = Array.from(document.querySelectorAll('#search-results h2 a'));
    return links.length > 0 && links.every((a) => a.getAttribute('href')?.startsWith('/articles/2019-'));
  });
  expect(new URL(page.url()).searchParams.get('year')).toBe('2019');
});
