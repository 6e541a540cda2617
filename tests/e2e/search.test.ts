// Search as researchers use it: park and company names, full, partial and in Traditional
// characters, names the archive does not hold, words in several places; results that read as
// Chinese; the search's state in the address.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { loadAuthority } from '../../src/core/entities/authority.ts';
import { fold, queryWords } from '../../src/lib/search/fold.ts';
import { pairs, nameKey } from '../../src/lib/search/names.ts';
import { publishedArticles } from './articles.ts';
import { useBrowserPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const articles = publishedArticles(inject('articlesDir'));
const authority = loadAuthority();

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
const page = () => session.page();

async function search(query: string, base = '', extra = ''): Promise<void> {
  await page().goto(`${baseUrl}${base}/search/?q=${encodeURIComponent(query)}${extra}`);
  // The status says 找到… or 没有找到… once the results are on the page (找到 in both scripts).
  await page().waitForFunction(() => /找到|至少/.test(document.querySelector('#search-status')?.textContent ?? ''));
}

async function hrefs(selector = '#search-results h2 a'): Promise<string[]> {
  return page()
    .locator(selector)
    .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
}

/** Every result, "显示更多" pressed until it is gone. */
async function allResults(query: string, base = ''): Promise<string[]> {
  await search(query, base);
  while (await page().locator('#search-more').isVisible()) {
    const before = await page().locator('#search-results li').count();
    await page().click('#search-more');
    await page().waitForFunction((n) => document.querySelectorAll('#search-results li').length > n || document.querySelector<HTMLElement>('#search-more')!.hidden, before);
  }
  return hrefs();
}

let t2s: { from: string; to: string } | undefined;
/** The query's words as the search reads them: Traditional characters mapped to Simplified. */
async function wordsOf(query: string): Promise<string[]> {
  t2s ??= (await (await fetch(`${baseUrl}/search/t2s.json`)).json()) as { from: string; to: string };
  const table = new Map(Array.from(t2s.from).map((c, i) => [c, Array.from(t2s!.to)[i]!]));
  return queryWords(Array.from(query, (c) => table.get(c) ?? c).join(''));
}

/** An article page's own text, as the search reads it: the article without its hidden and ignored parts. */
async function ownText(href: string): Promise<string> {
  const other = await session.browser().newPage();
  try {
    await other.goto(`${baseUrl}${href}`);
    return await other.evaluate(() => {
      const article = document.querySelector('[data-pagefind-body]')!.cloneNode(true) as HTMLElement;
      for (const el of article.querySelectorAll('[data-pagefind-ignore], [hidden]')) el.remove();
      return article.textContent ?? '';
    });
  } finally {
    await other.close();
  }
}

/** The names a park or company is written by: canonical name and aliases. */
function formsOf(canonical: string): string[] {
  const entry = [...authority.parks, ...authority.companies].find((e) => e.name === canonical);
  return entry ? [entry.name, ...entry.aliases] : [canonical];
}

describe('search by name', () => {
  it.each(QUERIES)('%s finds the articles that write %s in its first ten results', async (query, meant) => {
    const expected = meant.startsWith('text:')
      ? articles.filter((a) => a.body.includes(meant.slice(5)))
      : articles.filter((a) => (a.parks.includes(meant) || a.companies.includes(meant)) && formsOf(meant).some((f) => a.body.includes(f) || a.title.includes(f)));
    expect(expected.length, `no article writes ${meant}`).toBeGreaterThan(0);
    await search(query);
    const found = (await hrefs()).slice(0, 10);
    for (const a of expected.slice(0, 10)) expect(found, `${query} → ${a.title}`).toContain(`/articles/${a.id}/`);
  });

  it("shows article titles without the page's badges", async () => {
    await search('常州高新区');
    const titles = await page().locator('#search-results .list-title').allInnerTexts();
    expect(titles).toContain('常州高新区：“靶向”科技招商集聚创新要素');
    for (const t of titles) expect(t).not.toMatch(/编辑拟题|标题由正文生成/);
  });

  it('puts the named park or company first, as a link to its page', async () => {
    await search('徐州经开区');
    expect(await page().locator('#search-names a').first().innerText()).toMatch(/^徐州经济技术开发区（\d+）$/);
    await page().locator('#search-names a').first().click();
    expect(await page().locator('h1').innerText()).toBe('徐州经济技术开发区');
  });

  it('says which name an article writes when it is not the one searched', async () => {
    await search('徐州经开区');
    const items = await page().locator('#search-results li').allInnerTexts();
    const labelled = items.filter((t) => t.includes('文中写作'));
    for (const item of labelled) expect(item).toMatch(/文中写作“(徐州经济技术开发区)”/u);
    for (const item of items.filter((t) => !t.includes('文中写作'))) expect(item).toContain('徐州经开区');
  });
});

describe('exact hits', () => {
  // Absent names, names sharing characters with present ones, short names, Traditional queries,
  // several words: no result may lack a word (or, for a park's or company's name, every name of it).
  const CHECKED = ['比亚迪', '徐工', '网易', '中关村', '協鑫', '鈉離子電池', '比亚迪 钠离子电池', '迪士尼乐园', '徐州高铁', '中关村银行', '嶺南智能', '高新区 徐州'];

  it.each(CHECKED)('every result for %s holds all its words on its own page', async (query) => {
    const words = await wordsOf(query);
    const results = await allResults(query);
    const names = (await page().locator('#search-names a').allInnerTexts()).map((t) => t.replace(/（\d+）$/u, ''));
    for (const href of results) {
      const own = fold(await ownText(href));
      const holds = words.every((w) => own.includes(w));
      // A whole-name query also finds the articles writing another name of it, labelled so.
      const other = words.length === 1 && names.some((n) => formsOf(n).some((f) => fold(f) === words[0]) && formsOf(n).some((f) => own.includes(fold(f))));
      expect(holds || other, `${query} → ${href}`).toBe(true);
    }
  });

  it.each(['迪士尼乐园', '徐州高铁', '中关村银行', '不存在的名字', '迪士尼樂園'])('%s, which no article holds, finds nothing and says so', async (query) => {
    await search(query);
    expect(await hrefs()).toEqual([]);
    expect(await page().locator('#search-status').innerText()).toContain('没有找到');
  });

  it('suggests only names near the query, never one sharing a single character', async () => {
    for (const query of ['不存在的名字', '迪士尼乐园', '徐州高铁', '徐州开发区的火星基地']) {
      await search(query);
      const suggested = (await page().locator('#search-names a').allInnerTexts()).map(nameKey);
      const own = new Set(pairs(nameKey(query)));
      for (const name of suggested)
        expect(
          pairs(name).some((p) => own.has(p)),
          `${query} → ${name}`,
        ).toBe(true);
      if (query === '徐州开发区的火星基地') expect(suggested).toContain(nameKey('徐州经济技术开发区'));
    }
  });

  it('shows articles holding only some of several words apart, under a heading that says so', async () => {
    await search('比亚迪 迪士尼乐园');
    expect(await hrefs()).toEqual([]);
    expect(await page().locator('#search-partial-heading').innerText()).toContain('部分匹配');
    const partial = await hrefs('#search-partial h2 a');
    expect(partial.length).toBeGreaterThan(0);
    for (const href of partial) expect(fold(await ownText(href))).toMatch(/比亚迪|迪士尼乐园/u);
  });

  it('asks for two characters at least rather than searching by one', async () => {
    await search('徐');
    expect(await page().locator('#search-status').innerText()).toContain('至少');
    expect(await hrefs()).toEqual([]);
  });
});

describe('results that read as Chinese', () => {
  it('show the sentence holding the query, marked, and the date as the site writes it', async () => {
    await search('钠离子电池');
    const items = page().locator('#search-results li');
    expect(await items.count()).toBeGreaterThan(0);
    for (const li of await items.all()) {
      const title = await li.locator('.list-title').innerText();
      const excerpt = await li.locator('.search-excerpt').innerText();
      expect(excerpt).toContain('钠离子电池');
      expect(excerpt.startsWith(title)).toBe(false);
      expect(excerpt).not.toMatch(/[\p{Script=Han}]\. /u);
      expect(await li.locator('.search-excerpt mark').allInnerTexts()).toContain('钠离子电池');
      expect(await li.locator('time').innerText()).toMatch(/^\d{4}年(\d{1,2}月(\d{1,2}日)?)?$/u);
    }
  });
});

describe('the search in the address', () => {
  it('keeps the query and the filters there, and the page title says what was searched', async () => {
    await search('高新区', '', '&year=2019');
    expect(await page().title()).toMatch(/^“高新区”的搜索结果/u);
    const box = page().locator('#search-filters input[data-key="year"][value="2019"]');
    await box.waitFor();
    expect(await box.isChecked()).toBe(true);
    const found = await hrefs();
    expect(found.length).toBeGreaterThan(0);
    for (const href of found) expect(href).toMatch(/^\/articles\/2019-/u);
    // Unchecking the filter changes the address and widens the results.
    await box.uncheck();
    await page().waitForFunction(
      () => !new URL(location.href).searchParams.has('year') && Array.from(document.querySelectorAll('#search-results h2 a')).some((a) => !a.getAttribute('href')!.startsWith('/articles/2019-')),
    );
    expect(new URL(page().url()).searchParams.get('q')).toBe('高新区');
  });

  it('hides filter values no result has', async () => {
    await search('钠离子电池');
    await page().click('#search-show-filters');
    await page().locator('#search-filters fieldset').first().waitFor();
    const labels = await page().locator('#search-filters label').allInnerTexts();
    expect(labels.length).toBeGreaterThan(0);
    for (const label of labels) expect(label).toMatch(/（[1-9]\d*）$/u);
  });

  it('the 简/繁 switch keeps the query and the filters', async () => {
    await search('比亚迪', '', '&year=2023');
    const href = await page().locator('[data-script-switch]').getAttribute('href');
    const url = new URL(href!, baseUrl);
    expect(url.pathname).toBe('/zh-hant/search/');
    expect(url.searchParams.get('q')).toBe('比亚迪');
    expect(url.searchParams.get('year')).toBe('2023');
    await page().click('[data-script-switch]');
    await page().waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
    expect(await page().inputValue('#search-input')).toBe('比亚迪');
    expect(await page().locator('#search-filters input[data-key="year"][value="2023"]').isChecked()).toBe(true);
    expect(await page().title()).toMatch(/^「比亞迪」的搜索結果/u);
    const back = new URL((await page().locator('[data-script-switch]').getAttribute('href'))!, baseUrl);
    expect(`${back.pathname}${back.search}`).toBe(`/search/${url.search}`);
  });

  it('keeps a query typed into the page in the address', async () => {
    await page().goto(`${baseUrl}/search/`);
    await page().fill('#search-input', '比亚迪');
    await page().press('#search-input', 'Enter');
    await page().waitForFunction(() => document.querySelectorAll('#search-results a').length > 0);
    expect(new URL(page().url()).searchParams.get('q')).toBe('比亚迪');
  });
});

describe('search on the Traditional twin', () => {
  it('finds Simplified articles for a Traditional query and links to Traditional pages', async () => {
    await search('比亞迪', '/zh-hant');
    const found = await hrefs();
    expect(found.length).toBeGreaterThan(0);
    for (const href of found) expect(href.startsWith('/zh-hant/articles/')).toBe(true);
    expect(await page().locator('#search-results .list-title').first().innerText()).not.toMatch(/[这个区发]/u);
    expect(await page().getAttribute('html', 'lang')).toBe('zh-Hant');
  });
});

it('a name query shows its first results before the full-text index is read', async () => {
  const fresh = await session.browser().newPage();
  const requests: Array<{ path: string; at: number }> = [];
  const started = Date.now();
  fresh.on('request', (r) => requests.push({ path: new URL(r.url()).pathname, at: Date.now() - started }));
  await fresh.goto(`${baseUrl}/search/`);
  await fresh.evaluate(() => {
    new MutationObserver(() => {
      if (document.querySelector('#search-results li')) (window as unknown as { firstAt?: number }).firstAt ??= Date.now();
    }).observe(document.querySelector('#search-results')!, { childList: true });
  });
  await fresh.fill('#search-input', '比亚迪');
  await fresh.press('#search-input', 'Enter');
  await fresh.waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
  const firstAt = (await fresh.evaluate(() => (window as unknown as { firstAt: number }).firstAt)) - started;
  const shardBefore = requests.filter((r) => r.path.startsWith('/search-index/s/') && r.at < firstAt);
  expect(requests.some((r) => r.path.startsWith('/search-index/n/'))).toBe(true);
  expect(shardBefore).toEqual([]);
  await fresh.close();
});

it('a first full-text search downloads little: Pagefind once, no fragments, no filters, the texts it checks only', async () => {
  const fresh = await session.browser().newPage();
  const paths: string[] = [];
  fresh.on('request', (r) => {
    if (r.url().startsWith(baseUrl)) paths.push(new URL(r.url()).pathname);
  });
  await fresh.goto(`${baseUrl}/search/?q=${encodeURIComponent('鈉離子電池')}`);
  await fresh.waitForFunction(() => document.querySelectorAll('#search-results a').length > 0);
  await fresh.waitForLoadState('networkidle');
  await fresh.close();
  const manifest = JSON.parse(readFileSync(join(inject('distDir'), 'search-index', 'index.json'), 'utf8')) as { shards: Array<{ id: string; docs: number }> };
  const newest = `/search-index/s/${manifest.shards[0]!.id}/pf/`;
  // Pagefind's script and WebAssembly once, from the newest shard; its index chunks; never a fragment.
  expect(paths.filter((p) => p.endsWith('/pagefind.js'))).toEqual([`${newest}pagefind.js`]);
  expect(paths.filter((p) => /\/wasm\.[^/]+$/u.test(p))).toHaveLength(1);
  expect(paths.some((p) => p.includes('/pf/index/'))).toBe(true);
  expect(paths.filter((p) => p.includes('/fragment/'))).toEqual([]);
  // Filters are fetched when a reader asks for them.
  expect(paths.filter((p) => p.includes('/pf/filter/') || p.endsWith('/facets.json'))).toEqual([]);
  // The texts of the articles Pagefind proposed, not every article's.
  const texts = paths.filter((p) => /\/d\/\d+\.json$/u.test(p));
  expect(texts.length).toBeGreaterThan(0);
  expect(texts.length).toBeLessThan(manifest.shards.reduce((n, s) => n + s.docs, 0) / 2);
  // The Simplified page needs no Simplified → Traditional map.
  expect(paths).not.toContain('/search/s2t.json');
});
