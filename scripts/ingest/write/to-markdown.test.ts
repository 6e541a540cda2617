import { expect, it } from 'vitest';
import { toMarkdown } from './to-markdown.ts';
import { splitFrontMatter } from '../../../src/schema/front-matter.ts';

it('writes front matter, headings and paragraphs, with the date quoted and 本报讯 in bold', () => {
  const md = toMarkdown({
    data: { title: '标题', date: '2019-04-16', parks: [], companies: [] },
    body: [
      { type: 'paragraph', text: '本报讯 今年以来，烟台高新区……' },
      { type: 'heading', text: '小标题' },
      { type: 'paragraph', text: '正文。' },
    ],
  });
  expect(md).toBe('---\ntitle: 标题\ndate: "2019-04-16"\nparks: []\ncompanies: []\n---\n\n**本报讯** 今年以来，烟台高新区……\n\n## 小标题\n\n正文。\n');
});
it('escapes text that would read as Markdown', () => {
  const md = toMarkdown({ data: { title: 'x', parks: [], companies: [] }, body: [{ type: 'paragraph', text: '# 不是标题 *也不是强调* <script>' }] });
  const { body } = splitFrontMatter(md);
  expect(body).not.toMatch(/^# /m);
  expect(body).toContain('\\#');
  expect(body).toContain('\\*');
  expect(body).toContain('\\<script>');
});
