// Search as researchers use it: park and company names, full, partial and in Traditional
// characters; the articles that name them must be among the first ten results.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { publishedArticles } from './articles.ts';
import { useBrowserPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const articles = publishedArticles(inject('articlesDir'));

// Query → the park or company it means (canonical name), or `text:` for a plain full-text query.
const QUERIES: Array<[string, string]> = [
  ['徐州经开区', '徐州经济技术开发区'],
  ['徐州经济技术开发区', '徐州经济技术开发区'],
  ['徐州高新区', '徐州高新技术产业开发区'],
  ['比亚迪', '比亚迪'],
  ['比亞迪', '比亚迪'],
  ['中润', '中润新能源（徐州）有限公司'],
  ['鑫华半导体', '江苏鑫华半导体科技股份有限公司'],
  ['弗迪电池', '弗迪电池有限公司'],
  ['淄博高新区', '淄博高新技术产业开发区'],
  ['海口高新区', '海口国家高新技术产业开发区'],
  ['烟台高新區', '烟台高新技术产业开发区'],
  ['昆山高新区', '昆山高新技术产业开发区'],
  ['衢州智造新城', '衢州智造新城'],
  ['中山火炬开发区', '中山火炬高技术产业开发区'],
  ['常州高新區', '常州国家高新技术产业开发区'],
  ['江苏淮海科技城', '江苏淮海科技城'],
  ['淮海科技城', '江苏淮海科技城'],
  ['天通凯巨', '天通凯巨科技有限公司'],
  ['普达特', '普达特半导体设备（徐州）有限公司'],
  ['网易', '网易'],
  ['協鑫', '协鑫集团'],
  ['徐工', '徐工集团'],
  ['云创科技园', '云创科技园'],
  ['中環領先', '中环领先（徐州）半导体材料有限公司'],
  ['鈉離子電池', 'text:钠离子电池'],
  ['政采贷', 'text:政采贷'],
];

const session = useBrowserPage();

async function resultsFor(query: string, base = ''): Promise<string[]> {
  await session.page().goto(`${baseUrl}${base}/search/?q=${encodeURIComponent(query)}`);
  // The status says 找到… or 没有找到… once the results are on the page.
  await session.page().waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
  return session.page().locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
}

describe('search by name', () => {
  it.each(QUERIES)('%s finds the articles that name %s in its first ten results', async (query, meant) => {
    const expected = meant.startsWith('text:')
      ? articles.filter((a) => a.body.includes(meant.slice(5)))
      : articles.filter((a) => a.parks.includes(meant) || a.companies.includes(meant));
    expect(expected.length, `no article names ${meant}`).toBeGreaterThan(0);
    const found = (await resultsFor(query)).slice(0, 10);
    for (const a of expected.slice(0, 10)) expect(found, `${query} → ${a.title}`).toContain(`/articles/${a.id}/`);
  });

  it('shows article titles without the page\'s badges', async () => {
    await resultsFor('常州高新区');
    const titles = await session.page().locator('#search-results .list-title').allInnerTexts();
    expect(titles).toContain('常州高新区：“靶向”科技招商集聚创新要素');
    for (const t of titles) expect(t).not.toMatch(/编辑拟题|标题由正文生成/);
  });

  it('puts the named park or company first, as a link to its page', async () => {
    await resultsFor('徐州经开区');
    expect(await session.page().locator('#search-names a').first().innerText()).toMatch(/^徐州经济技术开发区（\d+）$/);
    await session.page().locator('#search-names a').first().click();
    expect(await session.page().locator('h1').innerText()).toBe('徐州经济技术开发区');
  });

  it('says when nothing is found and suggests near names', async () => {
    expect(await resultsFor('徐州开发区的火星基地')).toEqual([]);
    expect(await session.page().locator('#search-status').innerText()).toContain('没有找到');
    expect(await session.page().locator('#search-names').innerText()).toContain('徐州经济技术开发区');
  });

  it('offers filters with counts that narrow the results', async () => {
    const all = await resultsFor('高新区');
    expect(all.some((href) => !href.startsWith('/articles/2019-'))).toBe(true);
    // Filters are fetched when asked for: the first search does not download them.
    await session.page().click('#search-show-filters');
    const box = session.page().locator('#search-filters input[data-key="year"][value="2019"]');
    await box.waitFor();
    expect(await session.page().locator('#search-filters').innerText()).toMatch(/年份/);
    await box.check();
    // Wait for the filtered list itself: the old one is cleared before the new one arrives.
    await session.page().waitForFunction(() => {
      const links = Array.from(document.querySelectorAll<HTMLAnchorElement>('#search-results a'));
      return links.length > 0 && links.every((a) => a.getAttribute('href')!.startsWith('/articles/2019-'));
    });
    const filtered = await session.page().locator('#search-results a').evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(filtered.length).toBeGreaterThan(0);
    for (const href of filtered) expect(href).toMatch(/\/articles\/2019-/);
  });

  it('keeps the query in the address, so a search can be linked', async () => {
    await session.page().goto(`${baseUrl}/search/`);
    await session.page().fill('#search-input', '比亚迪');
    await session.page().press('#search-input', 'Enter');
    await session.page().waitForFunction(() => document.querySelectorAll('#search-results a').length > 0);
    expect(new URL(session.page().url()).searchParams.get('q')).toBe('比亚迪');
  });
});

describe('search on the Traditional twin', () => {
  it('finds Simplified articles for a Traditional query and links to Traditional pages', async () => {
    const found = await resultsFor('比亞迪', '/zh-hant');
    expect(found.length).toBeGreaterThan(0);
    for (const href of found) expect(href.startsWith('/zh-hant/articles/')).toBe(true);
    expect(await session.page().locator('#search-results .list-title').first().innerText()).not.toMatch(/[这个区发]/);
    expect(await session.page().getAttribute('html', 'lang')).toBe('zh-Hant');
  });
});

it('a first search downloads little: Pagefind, the index chunks of its words, one filter and its results only', async () => {
  const fresh = await session.browser().newPage();
  const responses: Array<Promise<{ path: string; bytes: number }>> = [];
  fresh.on('response', (r) => {
    if (r.url().startsWith(baseUrl)) responses.push(r.body().then((b) => ({ path: new URL(r.url()).pathname, bytes: b.length }), () => ({ path: new URL(r.url()).pathname, bytes: 0 })));
  });
  await fresh.goto(`${baseUrl}/search/?q=${encodeURIComponent('比亞迪')}`);
  await fresh.waitForFunction(() => document.querySelectorAll('#search-results a').length > 0);
  await fresh.waitForLoadState('networkidle');
  const fetched = await Promise.all(responses);
  const shown = await fresh.locator('#search-results a').count();
  await fresh.close();
  const paths = fetched.map((f) => f.path);
  const kind = (dir: string) => paths.filter((p) => p.startsWith(`/pagefind/${dir}/`));
  const onDisk = (dir: string) => readdirSync(join(inject('distDir'), 'pagefind', dir)).length;
  console.log(`first search: ${fetched.length} files, ${(fetched.reduce((n, f) => n + f.bytes, 0) / 1024).toFixed(0)} KB uncompressed`);
  // Filters are fetched when a reader asks for them; names first needs the one of the name's kind.
  expect(kind('filter').length, kind('filter').join()).toBeLessThanOrEqual(1);
  expect(onDisk('filter')).toBeGreaterThan(1);
  // The words' index chunks, not the whole index; the fragments of the results shown, not all pages'.
  expect(kind('index').length).toBeLessThan(onDisk('index'));
  expect(kind('fragment').length).toBeLessThanOrEqual(shown);
  expect(kind('fragment').length).toBeLessThan(onDisk('fragment'));
  // The Simplified page needs no Simplified → Traditional map.
  expect(paths).not.toContain('/search/s2t.json');
});
