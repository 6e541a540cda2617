// What a reader sees in a real browser, on the built site served from 127.0.0.1.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { publishedArticles } from './articles.ts';
import { useBrowserPage } from './browser.ts';
import { root } from './site-process.ts';

const baseUrl = inject('baseUrl');
const articles = publishedArticles(inject('articlesDir'));
const shots = join(root, 'test-results/screenshots');

const session = useBrowserPage();
beforeAll(() => {
  mkdirSync(shots, { recursive: true });
});

describe('home page', () => {
  it('is Chinese, has one h1, and links to every article', async () => {
    await session.page().goto(`${baseUrl}/`);
    expect(await session.page().getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await session.page().locator('h1').count()).toBe(1);
    const hrefs = await session
      .page()
      .locator('main a')
      .evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    for (const article of articles) expect(hrefs, article.id).toContain(`/articles/${article.id}/`);
    expect(articles.length).toBeGreaterThan(10);
  });

  it('reaches an article by clicking its title', async () => {
    await session.page().goto(`${baseUrl}/`);
    const target = articles.find((a) => a.title === '徐州高新区：激活发展新动能')!;
    await session.page().getByRole('link', { name: target.title }).click();
    await session.page().waitForURL(`**/articles/${target.id}/`);
    expect(await session.page().locator('h1').innerText()).toContain(target.title);
  });
});

describe('article pages', () => {
  it('each shows its title and the start of its body', async () => {
    for (const article of articles) {
      const response = await session.page().goto(`${baseUrl}/articles/${article.id}/`);
      expect(response?.status(), article.id).toBe(200);
      expect(await session.page().locator('h1').innerText()).toContain(article.title);
      const firstParagraph = article.body
        .split('\n\n')
        .map((p) => p.trim())
        .find((p) => p && !p.startsWith('#'))!;
      // The text as a reader sees it: Markdown's emphasis and list marks are not on the page.
      const probe = firstParagraph
        .replace(/\*\*/g, '')
        .replace(/^[-*+] /u, '')
        .slice(0, 12);
      expect(await session.page().locator('.prose').innerText(), article.id).toContain(probe);
    }
  });

  it('shows a hand-written clipping with its park, date and source', async () => {
    await session.page().goto(`${baseUrl}/articles/hand-written-clipping/`);
    const text = await session.page().locator('article').innerText();
    expect(text).toContain('测试剪报：编辑手工录入的一篇报道');
    expect(text).toContain('徐州经济技术开发区');
    expect(text).toContain('2024年3月');
    expect(text).toContain('测试日报');
    expect(await session.page().locator('.prose h2').innerText()).toBe('第二部分');
  });

  it('marks a derived title and shows the printed date with its precision', async () => {
    const derived = articles.find((a) => a.title === '昆山高新区坚持高起点定位、高标准规划')!;
    await session.page().goto(`${baseUrl}/articles/${derived.id}/`);
    expect(await session.page().locator('h1 .badge').innerText()).toBe('标题由正文生成');
    const lecture = articles.find((a) => a.title.startsWith('启动创新驱动引擎'))!;
    await session.page().goto(`${baseUrl}/articles/${lecture.id}/`);
    expect(await session.page().locator('time').first().innerText()).toBe('2019年4月16日');
  });

  it('looks right on a phone and on a desktop: nothing wider than the screen on any page', async () => {
    const page = session.page();
    const target = articles.find((a) => a.title === '徐州高新区：激活发展新动能')!;
    const overflowing: string[] = [];
    /** Screenshot of what is on screen, and any page wider than the screen noted. */
    const look = async (name: string, width: number) => {
      await page.screenshot({ path: join(shots, `${name}-${width}.png`), fullPage: false });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      if (overflow > 0) overflowing.push(`${name} at ${width}px: ${overflow}px too wide`);
    };
    for (const [width, height] of [
      [390, 844],
      [1280, 900],
    ] as const) {
      await page.setViewportSize({ width, height });
      await page.goto(`${baseUrl}/`);
      await look('home', width);
      await page.goto(`${baseUrl}/articles/${target.id}/`);
      await look('article', width);
      await page.locator('.raw-text summary').click();
      await page.locator('.provenance').scrollIntoViewIfNeeded();
      await look('provenance', width);
      await page.goto(`${baseUrl}/zh-hant/articles/${target.id}/`);
      await look('article-zh-hant', width);
      await page.goto(`${baseUrl}/search/?q=${encodeURIComponent('徐州经开区')}`);
      await page.waitForFunction(() => document.querySelectorAll('#search-results a').length > 0);
      await look('search', width);
      await page.goto(`${baseUrl}/parks/`);
      await look('parks', width);
      await page.getByRole('link', { name: '徐州经济技术开发区', exact: true }).click();
      await page.waitForURL('**/parks/*/');
      await look('park', width);
    }
    expect(overflowing).toEqual([]);
    expect(existsSync(join(shots, 'article-390.png'))).toBe(true);
  });
});

describe('the rest of the site', () => {
  it('answers unknown addresses with the 404 page', async () => {
    const response = await session.page().goto(`${baseUrl}/no-such-page/`);
    expect(response?.status()).toBe(404);
    expect(await session.page().locator('h1').innerText()).toBe('找不到这个页面');
  });
  it('publishes a sitemap that lists every article', () => {
    const dist = inject('distDir');
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    for (const article of articles) expect(sitemap).toContain(`/articles/${article.id}/`);
  });
});
