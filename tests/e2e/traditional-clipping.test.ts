// A clipping printed in Traditional characters (tests/fixtures/articles/traditional-clipping.md,
// `script: hant`): Simplified on the main pages, as printed on the twin, found in either script.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { splitFrontMatter } from '../../src/schema/front-matter.ts';
import { useBrowserPage } from './browser.ts';

const baseUrl = inject('baseUrl');
const { data, body } = splitFrontMatter(readFileSync(join(inject('articlesDir'), 'traditional-clipping.md'), 'utf8'));
const printedParagraphs = body.trim().split(/\n\n+/u);
const session = useBrowserPage();
// Characters the fixture prints that Simplified text writes otherwise.
const TRADITIONAL_ONLY = /[園區裏創業資實驗這說發與將團隊數]/u;

describe('an article printed in Traditional characters', () => {
  it('reads in Simplified on the main page, title, text and names', async () => {
    await session.page().goto(`${baseUrl}/articles/traditional-clipping/`);
    const h1 = await session.page().locator('h1').innerText();
    expect(h1).toBe('沙田创新科技园初创企业融资额创新高');
    const prose = await session.page().locator('.prose').innerText();
    expect(prose).toContain('园区里的初创企业');
    expect(prose).toContain('“公司将于明年扩充研发团队');
    expect(prose).not.toMatch(TRADITIONAL_ONLY);
    expect(await session.page().locator('.facts').innerText()).toContain('岭南智能科技有限公司');
  });

  it('reads as printed on the twin, quotation marks and Hong Kong forms included', async () => {
    await session.page().goto(`${baseUrl}/zh-hant/articles/traditional-clipping/`);
    const shown = await session.page().locator('.prose p').allInnerTexts();
    expect(shown).toEqual(printedParagraphs);
    expect(await session.page().locator('h1').innerText()).toBe(String(data.title));
    expect(await session.page().locator('[data-printed]').count()).toBe(0);
  });

  it.each([
    ['', '岭南智能'],
    ['', '嶺南智能'],
    ['/zh-hant', '嶺南智能'],
    ['/zh-hant', '岭南智能'],
    ['', '這裏聚集'],
  ])('is found on %s/search/ by %s', async (base, query) => {
    await session.page().goto(`${baseUrl}${base}/search/?q=${encodeURIComponent(query)}`);
    await session.page().waitForFunction(() => /找到/.test(document.querySelector('#search-status')?.textContent ?? ''));
    const found = await session
      .page()
      .locator('#search-results h2 a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(found).toContain(`${base}/articles/traditional-clipping/`);
  });
});
