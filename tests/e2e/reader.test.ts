// What issue 6 promises a reader: the 简/繁 twin, provenance, citation, browsing, feeds, a11y.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { splitFrontMatter } from '../../src/schema/front-matter.ts';
import { publishedArticles } from './articles.ts';
import { axeProblems } from './axe.ts';
import { useBrowserPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const dist = inject('distDir');
const articles = publishedArticles(inject('articlesDir'));
const byTitle = (title: string) => articles.find((a) => a.title === title)!;
/** The raw lines an article's front matter marks as out of reading order. */
const jumbledLines = (id: string): number[] => {
  const front = splitFrontMatter(readFileSync(join(inject('articlesDir'), `${id}.md`), 'utf8')).data;
  return ((front.jumbledLines as number[] | undefined) ?? []).slice().sort((x, y) => x - y);
};

const session = useBrowserPage();

describe('the Traditional-Chinese twin', () => {
  it('every article has a twin in Traditional characters', async () => {
    for (const a of articles) {
      const response = await session.page().goto(`${baseUrl}/zh-hant/articles/${a.id}/`);
      expect(response?.status(), a.id).toBe(200);
      expect(await session.page().getAttribute('html', 'lang')).toBe('zh-Hant');
    }
  });

  it('the 简/繁 switch keeps the reader on the same article', async () => {
    const a = byTitle('徐州高新区：激活发展新动能');
    await session.page().goto(`${baseUrl}/articles/${a.id}/`);
    await session.page().locator('[data-script-switch]').click();
    await session.page().waitForURL(`**/zh-hant/articles/${a.id}/`);
    expect(await session.page().locator('h1').innerText()).toContain('徐州高新區：激活發展新動能');
    expect(await session.page().locator('.prose').innerText()).toContain('項目建設');
    await session.page().locator('[data-script-switch]').click();
    await session.page().waitForURL(`**/articles/${a.id}/`);
    expect(new URL(session.page().url()).pathname).toBe(`/articles/${a.id}/`);
    expect(await session.page().locator('h1').innerText()).toContain('徐州高新区：激活发展新动能');
  });

  it('keeps Mainland words, links inside the twin, and leaves the raw OCR text as it is', async () => {
    const a = byTitle('泉山：多维度凝聚科技力量');
    await session.page().goto(`${baseUrl}/zh-hant/articles/${a.id}/`);
    expect(await session.page().locator('.prose').innerText()).toContain('軟件研發');
    const internal = await session
      .page()
      .locator('main a[href^="/"]')
      .evaluateAll((as) => as.map((x) => x.getAttribute('href')!));
    // The article's data and citation files are one file for both scripts.
    for (const href of internal) expect(href.startsWith('/zh-hant/') || href === '/rss.xml' || href.startsWith('/sitemap') || /\.(ris|bib|json)$/.test(href), href).toBe(true);
    expect(await session.page().locator('.raw-text pre').textContent()).toContain('培厚创新土壤');
  });
});

describe('provenance and citation on an article page', () => {
  it('shows the raw OCR text collapsed, and opens it on request', async () => {
    const a = byTitle('钠离子电池生产基地落户徐州经开区');
    await session.page().goto(`${baseUrl}/articles/${a.id}/`);
    const pre = session.page().locator('.raw-text pre');
    expect(await pre.isVisible()).toBe(false);
    await session.page().locator('.raw-text summary').click();
    expect(await pre.isVisible()).toBe(true);
    expect(await pre.innerText()).toContain('近日,淮海控股集团与弗迪电池有限公司(比亚迪全资子公司)');
  });

  it("shows what the cleaner changed and the editors' corrections", async () => {
    const a = byTitle('龙头企业集聚徐州经开区，大项目舒展新姿态');
    await session.page().goto(`${baseUrl}/articles/${a.id}/`);
    expect(await session.page().locator('.cleaning-diff summary').innerText()).toMatch(/删去 \d+ 字，加入 \d+ 字/);
    expect(await session.page().locator('.cleaning-diff del').count()).toBeGreaterThan(0);
    expect(await session.page().locator('.corrections').innerText()).toContain('铌酸锂和钽酸锂两种晶体材料');
  });

  it('tells the reader where the columns could not be put back in order, and points to the raw text', async () => {
    // Whichever article the cleaner marked: the notice names the lines its front matter lists.
    const marked = articles.map((a) => ({ a, lines: jumbledLines(a.id) })).find(({ lines }) => lines.length > 0);
    expect(marked, 'no seed article has jumbledLines: the columns step no longer reports doubtful lines').toBeDefined();
    await session.page().goto(`${baseUrl}/articles/${marked!.a.id}/`);
    const notice = session.page().getByRole('note');
    const said = await notice.innerText();
    expect(said).toContain('无法可靠还原阅读顺序');
    // Runs of lines are written as ranges (第 157–159 行): the first and the last line are named.
    const lines = marked!.lines;
    const named = lines.length === 1 ? `原文第 ${lines[0]} 行` : `原文第 ${lines[0]}[ 、–\\d]*${lines.at(-1)} 行`;
    expect(said).toMatch(new RegExp(named));
    await notice.getByRole('link', { name: '来源与校勘' }).click();
    expect(new URL(session.page().url()).hash).toBe('#provenance-heading');
    await session.page().goto(`${baseUrl}/articles/${byTitle('钠离子电池生产基地落户徐州经开区').id}/`);
    expect(await session.page().locator('.notice').count()).toBe(0);
  });

  it('offers a GB/T 7714 citation and a permalink, and previous/next on the same page', async () => {
    const a = byTitle('烟台高新区：“政采贷”力助中小企业跑起来');
    await session.page().goto(`${baseUrl}/articles/${a.id}/`);
    expect(await session.page().locator('.citation-text').innerText()).toMatch(
      /^王昌梅\. 烟台高新区：“政采贷”力助中小企业跑起来\[EB\/OL\]\. \(2023\)\[\d{4}-\d{2}-\d{2}\]\. https:\/\/.+\/articles\/.+\/\.$/,
    );
    expect(await session.page().locator('a[rel="prev"]').innerText()).toContain('徐州高新区：激活发展新动能');
    expect(await session.page().locator('a[rel="next"]').innerText()).toContain('海口高新区');
    expect(await session.page().locator('.facts').innerText()).toContain('推断');
  });
});

describe('browsing', () => {
  it('by date and by source reaches every article', async () => {
    const seen = new Set<string>();
    for (const index of ['/archive/', '/sources/']) {
      await session.page().goto(`${baseUrl}${index}`);
      const groups = await session
        .page()
        .locator('main li a')
        .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
      for (const href of groups) {
        await session.page().goto(`${baseUrl}${href}`);
        for (const h of await session
          .page()
          .locator('.article-list a')
          .evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
          seen.add(h);
      }
    }
    for (const a of articles) expect(seen, a.id).toContain(`/articles/${a.id}/`);
  });

  it('publishes an RSS feed of the newest articles and Open Graph tags', async () => {
    const feed = readFileSync(join(dist, 'rss.xml'), 'utf8');
    expect(feed).toContain('<title>徐州高新区：激活发展新动能</title>');
    expect((feed.match(/<item>/g) ?? []).length).toBe(Math.min(articles.length, 50));
    await session.page().goto(`${baseUrl}/articles/${byTitle('泉山：多维度凝聚科技力量').id}/`);
    expect(await session.page().getAttribute('meta[property="og:title"]', 'content')).toBe('泉山：多维度凝聚科技力量');
    expect(await session.page().getAttribute('meta[property="og:type"]', 'content')).toBe('article');
  });
});

describe('accessibility (axe-core, WCAG 2.2 AA)', () => {
  const audited = () => [
    '/',
    `/articles/${byTitle('徐州高新区：激活发展新动能').id}/`,
    '/parks/',
    '/parks/xuzhou-jingji-jishukaifaqu/',
    '/archive/2023/',
    `/zh-hant/articles/${byTitle('徐州高新区：激活发展新动能').id}/`,
    '/zh-hant/',
    `/search/?q=${encodeURIComponent('比亚迪')}`,
    `/zh-hant/search/?q=${encodeURIComponent('比亞迪')}`,
  ];

  it('finds no serious or critical violation', async () => {
    // The audit script is injected, so this context lets it past the site's own CSP.
    const context = await session.browser().newContext({ bypassCSP: true });
    const auditPage = await context.newPage();
    const problems: string[] = [];
    for (const scheme of ['light', 'dark'] as const) {
      await auditPage.emulateMedia({ colorScheme: scheme });
      for (const path of audited()) {
        await auditPage.goto(`${baseUrl}${path}`);
        if (path.includes('/search/')) await auditPage.waitForFunction(() => /找到|找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
        for (const problem of await axeProblems(auditPage)) problems.push(`${scheme} ${path}: ${problem}`);
      }
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});
