// A large archive's search index comes in shards by year (src/integrations/pagefind.ts). Here the
// committed articles are built with shards of a few pages, so the search page has to merge them:
// filters, names first and full text must find articles in every shard.
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { useBrowserPage } from './browser.ts';
import { buildSite, root } from './site-process.ts';
import { serveStatic } from './static-server.ts';

let server: { url: string; stop: () => void };
let dist: string;
const session = useBrowserPage();

beforeAll(async () => {
  dist = mkdtempSync(join(tmpdir(), 'sharded-dist-'));
  const built = buildSite(join(root, 'content/articles'), dist, { ARCHIVE_SEARCH_SHARD_PAGES: '6' });
  if (built.status !== 0) throw new Error(built.output.slice(-2000));
  server = await serveStatic(dist);
});
afterAll(() => server?.stop());

async function search(query: string): Promise<string[]> {
  const page = session.page();
  await page.goto(`${server.url}/search/?q=${encodeURIComponent(query)}`);
  await page.waitForFunction(() => /找到|没有找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
  while (await page.locator('#search-more').isVisible()) {
    const before = await page.locator('#search-results li').count();
    await page.click('#search-more');
    await page.waitForFunction((n) => document.querySelectorAll('#search-results li').length > n, before);
  }
  return page.locator('#search-results h2 a').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}

it('writes one primary index and the other shards, newest year first', () => {
  const shards = JSON.parse(readFileSync(join(dist, 'pagefind/shards.json'), 'utf8')) as string[];
  expect(shards.length).toBeGreaterThanOrEqual(2);
  expect(shards.some((s) => s.includes('2019'))).toBe(true);
  expect(readdirSync(join(dist, 'pagefind/shards')).length).toBe(shards.length);
});

it('finds the articles naming a company, whatever shard they are in', async () => {
  const named = readdirSync(join(root, 'content/articles')).filter((f) => /\n {2}- 比亚迪\n/u.test(readFileSync(join(root, 'content/articles', f), 'utf8')));
  const links = await search('比亚迪');
  for (const file of named) expect(links).toContain(`/articles/${file.replace(/\.md$/u, '')}/`);
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
  const links = await page.locator('#search-results h2 a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
  expect(links.length).toBeGreaterThan(0);
});
