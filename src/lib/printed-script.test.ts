import { expect, it } from 'vitest';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import rehypePrintedScript from '../markdown/rehype-printed-script.ts';
import { printedPieces, simplifiedFrontMatter, toSimplified } from './printed-script.ts';
import { toTraditional } from './to-traditional.ts';
import { twinHtml } from './twin-html.ts';

// Invented text in Hong Kong forms: 裏 (裡 in Taiwan), straight “” as some Hong Kong pages print them.
const printed = '園區裏的初創企業去年融資額創新高，業界人士說：“這裏機遇很多。”另有「創科」活動。';

it('gives Simplified text whose pieces bring back the printed text', () => {
  const pieces = printedPieces(printed);
  expect(pieces.map((p) => p.text).join('')).toBe(toSimplified(printed));
  expect(toSimplified(printed)).toContain('园区里的初创企业');
  expect(toSimplified(printed)).toContain('“创科”');
  // What the twin shows: pieces with a printed form as printed, the rest converted back.
  expect(pieces.map((p) => p.printed ?? toTraditional(p.text)).join('')).toBe(printed);
  // Only what the twin cannot bring back carries its printed form.
  expect(pieces.filter((p) => p.printed).length).toBeLessThan(pieces.length);
});

it('renders the text in Simplified and its twin as printed', () => {
  const rendered = String(
    unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypePrintedScript)
      .use(rehypeStringify)
      .processSync({ value: `<p>${printed}</p><pre><code>原文 裏</code></pre>`, data: { astro: { frontmatter: { script: 'hant' } } } }),
  );
  const text = (html: string) => html.replace(/<[^>]+>/g, '');
  expect(text(rendered)).toBe(`${toSimplified(printed)}原文 裏`);
  const twin = twinHtml(`<!doctype html><html lang="zh-CN"><body>${rendered}</body></html>`, '/articles/x/');
  expect(text(twin.slice(twin.indexOf('<body>')))).toBe(`${printed}原文 裏`);
  expect(twin).not.toContain('data-printed');
});

it('leaves Simplified articles alone', () => {
  const out = String(
    unified()
      .use(rehypeParse, { fragment: true })
      .use(rehypePrintedScript)
      .use(rehypeStringify)
      .processSync({ value: '<p>园区里</p>', data: { astro: { frontmatter: {} } } }),
  );
  expect(out).toBe('<p>园区里</p>');
  expect(simplifiedFrontMatter({ title: '園區' })).toEqual({ title: '園區' });
});

it('reads the front matter of a Traditional clipping in Simplified, file names and addresses as they are', () => {
  const data = simplifiedFrontMatter({
    script: 'hant',
    title: '創科園區',
    byline: ['梁記者'],
    companies: ['數碼港'],
    source: { file: '009_a.txt', publication: '港島日報', url: 'https://example.org/裏' },
  });
  expect(data).toEqual({ script: 'hant', title: '创科园区', byline: ['梁记者'], companies: ['数码港'], source: { file: '009_a.txt', publication: '港岛日报', url: 'https://example.org/裏' } });
});
