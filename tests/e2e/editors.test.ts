// What an editor's changes do to the built site: a renamed article keeps its old address (in both
// scripts), and a park written by its alias has one page, not two.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { slugify } from '../../src/core/slug.ts';
import { useBrowserPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const dist = inject('distDir');
const session = useBrowserPage();

describe.each([
  ['formerSlugs in the front matter', 'an-editors-old-address', 'moved-by-an-editor', '测试剪报：编辑改过文件名的一篇'],
  ["the ingest's manifest (formerNames)", 'renamed-from-this', 'moved-by-the-ingest', '测试剪报：清洗脚本记下改名的一篇'],
])('an article renamed, recorded in %s', (_label, from, to, title) => {
  it('is reached from its old address, in Simplified and in Traditional characters', async () => {
    await session.page().goto(`${baseUrl}/articles/${from}/`);
    await session.page().waitForURL(`**/articles/${to}/`);
    expect(await session.page().locator('h1').innerText()).toContain(title);
    await session.page().goto(`${baseUrl}/zh-hant/articles/${from}/`);
    await session.page().waitForURL(`**/zh-hant/articles/${to}/`);
    expect(await session.page().getAttribute('html', 'lang')).toBe('zh-Hant');
  });

  it('leaves a static page that search engines take for a move and readers can follow by hand', () => {
    for (const [prefix, script] of [
      ['', 'simplified'],
      ['zh-hant/', 'traditional'],
    ] as const) {
      const html = readFileSync(join(dist, `${prefix}articles/${from}/index.html`), 'utf8');
      expect(html, script).toContain(`<meta http-equiv="refresh" content="0;url=/${prefix}articles/${to}/">`);
      expect(html, script).toMatch(new RegExp(`<link rel="canonical" href="https?://[^"]+/${prefix}articles/${to}/">`));
      expect(html, script).toContain('<meta name="robots" content="noindex">');
      expect(html, script).toMatch(new RegExp(`<a href="/${prefix}articles/${to}/"[^>]*>`));
    }
  });

  it('is not in the sitemap under its old address', () => {
    const sitemap = readFileSync(join(dist, 'sitemap-0.xml'), 'utf8');
    expect(sitemap).toContain(`/articles/${to}/`);
    expect(sitemap).not.toContain(`/articles/${from}/`);
  });
});

it('gives a park written by its alias no second page: the article links to the canonical one', async () => {
  expect(existsSync(join(dist, 'parks', slugify('徐州经开区')))).toBe(false);
  await session.page().goto(`${baseUrl}/articles/moved-by-an-editor/`);
  const link = session.page().locator('.facts a', { hasText: '徐州经济技术开发区' });
  expect(await link.getAttribute('href')).toBe(`/parks/${slugify('徐州经济技术开发区')}/`);
  await session.page().goto(`${baseUrl}/parks/`);
  expect(await session.page().locator('.entity-index a', { hasText: '徐州经开区' }).count()).toBe(0);
});
