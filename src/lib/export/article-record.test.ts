import { expect, it } from 'vitest';
import { articleSchema } from '../../schema/article.ts';
import { articlesFileSchema, exportedArticleSchema, EXPORT_VERSION } from '../../schema/export.ts';
import { articleRecord } from './article-record.ts';

const data = (fields: Record<string, unknown>) => articleSchema.parse({ title: '某园区新动能', ...fields });

it('keeps the date with its precision, and every key even when unknown', () => {
  const record = articleRecord({ id: '2023-a', data: data({ date: '2023-06', dateOrigin: 'sidecar', dateNote: '正文称“6月”' }), text: '正文。' }, 'https://archive.example.net');
  expect(record.url).toBe('https://archive.example.net/articles/2023-a/');
  expect(record.date).toEqual({ value: '2023-06', precision: 'month', origin: 'sidecar', note: '正文称“6月”' });
  expect(record.kicker).toBeNull();
  expect(record.byline).toEqual([]);
  expect(record.files).toEqual({
    json: 'https://archive.example.net/articles/2023-a.json',
    ris: 'https://archive.example.net/articles/2023-a.ris',
    bib: 'https://archive.example.net/articles/2023-a.bib',
  });
  expect(exportedArticleSchema.parse(record)).toEqual(record);
});
it('gives an undated article a null date, and the schema refuses a precision that lies', () => {
  const record = articleRecord({ id: 'b', data: data({ parks: ['甲高新区'] }), text: '正文。' }, 'https://archive.example.net');
  expect(record.date).toBeNull();
  expect(exportedArticleSchema.safeParse({ ...record, date: { value: '2023', precision: 'day', origin: null, note: null } }).success).toBe(false);
});
it('refuses a file whose count disagrees with its articles', () => {
  const record = articleRecord({ id: 'c', data: data({}), text: '正文。' }, 'https://archive.example.net');
  const file = { format: 'xuzhou-archive/articles', version: EXPORT_VERSION, site: 'https://archive.example.net', count: 2, articles: [record] };
  expect(articlesFileSchema.safeParse(file).success).toBe(false);
  expect(articlesFileSchema.safeParse({ ...file, count: 1 }).success).toBe(true);
});
