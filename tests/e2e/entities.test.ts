// Park and company pages, as a researcher uses them.
import { describe, expect, inject, it } from 'vitest';
import { publishedArticles } from './articles.ts';
import { useBrowserPage } from './browser.ts';
import { siteNames } from './site-names.ts';

const baseUrl = inject('baseUrl');
const articles = publishedArticles(inject('articlesDir'));
const collator = new Intl.Collator('zh-Hans-CN-u-co-pinyin');

const session = useBrowserPage();

describe.each([
  ['parks', '园区'],
  ['companies', '企业'],
] as const)('/%s/', (kind, label) => {
  it(`lists every ${kind.slice(0, -1)} named by an article, in pinyin order, with counts`, async () => {
    await session.page().goto(`${baseUrl}/${kind}/`);
    expect(await session.page().locator('h1').innerText()).toBe(label);
    const items = await session
      .page()
      .locator('.entity-index li')
      .evaluateAll((lis) => lis.map((li) => ({ name: li.querySelector('a')!.textContent!, count: Number(/（(\d+)）/.exec(li.textContent!)![1]) })));
    const expected = new Map<string, number>();
    for (const a of articles) for (const name of siteNames(kind, a[kind])) expected.set(name, (expected.get(name) ?? 0) + 1);
    expect(items.map((i) => i.name)).toEqual([...expected.keys()].sort(collator.compare));
    for (const item of items) expect(item.count, item.name).toBe(expected.get(item.name));
  });

  it('gives each its own page listing exactly the articles that name it', async () => {
    await session.page().goto(`${baseUrl}/${kind}/`);
    const links = await session
      .page()
      .locator('.entity-index a')
      .evaluateAll((as) => as.map((a) => ({ name: a.textContent!, href: a.getAttribute('href')! })));
    for (const { name, href } of links) {
      await session.page().goto(`${baseUrl}${href}`);
      expect(await session.page().locator('h1').innerText()).toBe(name);
      const listed = await session
        .page()
        .locator('.mentions h2 a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      const expected = articles.filter((a) => siteNames(kind, a[kind]).includes(name)).map((a) => `/articles/${a.id}/`);
      expect([...listed].sort(), name).toEqual([...expected].sort());
    }
  });
});

it('a park page shows aliases and city, and highlights the name in each sentence', async () => {
  await session.page().goto(`${baseUrl}/parks/`);
  await session.page().getByRole('link', { name: '徐州经济技术开发区', exact: true }).click();
  expect(await session.page().locator('h1').innerText()).toBe('徐州经济技术开发区');
  const facts = await session.page().locator('dl.facts').innerText();
  expect(facts).toContain('徐州经开区');
  expect(facts).toContain('徐州');
  const marks = await session.page().locator('.mentions mark').allInnerTexts();
  expect(marks.length).toBeGreaterThan(0);
  for (const mark of marks) expect(['徐州经济技术开发区', '徐州经开区', '经开区']).toContain(mark);
});

it('an article links its parks and companies to their pages, marked as search filters', async () => {
  const target = articles.find((a) => a.title === '钠离子电池生产基地落户徐州经开区')!;
  await session.page().goto(`${baseUrl}/articles/${target.id}/`);
  expect(await session.page().locator('[data-pagefind-filter="park"]').allTextContents()).toEqual(target.parks);
  expect(await session.page().locator('[data-pagefind-filter="company"]').allTextContents()).toEqual(target.companies);
  expect(await session.page().locator('.facts .chip').allInnerTexts()).toEqual([...target.parks, ...target.companies]);
  await session.page().locator('.facts .chip', { hasText: '弗迪电池有限公司' }).click();
  expect(await session.page().locator('h1').innerText()).toBe('弗迪电池有限公司');
  expect(await session.page().locator('dl.facts').innerText()).toContain('比亚迪');
});

it('a park an editor typed that the authority does not list still has its page', async () => {
  await session.page().goto(`${baseUrl}/parks/`);
  await session.page().getByRole('link', { name: '南京江北新区' }).click();
  expect(await session.page().locator('h1').innerText()).toBe('南京江北新区');
  expect(await session.page().locator('.mentions h2').innerText()).toBe('测试剪报：名录之外的园区');
});
