import { expect, it } from 'vitest';
import { splitFrontMatter } from './front-matter.ts';

it('reads YAML dates as the strings the editor typed', () => {
  expect(splitFrontMatter('---\ndate: 2024-13-45\nd2: 2019-04-16\n---\nbody\n').data).toEqual({ date: '2024-13-45', d2: '2019-04-16' });
});
it('accepts CRLF files and a BOM', () => {
  const { data, body, errors } = splitFrontMatter('\ufeff---\r\ntitle: 标题\r\n---\r\n正文\r\n');
  expect(errors).toEqual([]);
  expect(data).toEqual({ title: '标题' });
  expect(body).toBe('正文\r\n');
});
