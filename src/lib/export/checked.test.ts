import { expect, it } from 'vitest';
import { articleSchema } from '../../schema/article.ts';
import { exportedArticleSchema } from '../../schema/export.ts';
import { articleRecord } from './article-record.ts';
import { checked } from './checked.ts';

it('passes a record that fits, and names the file and the field of one that does not', () => {
  const record = articleRecord({ id: 'a', data: articleSchema.parse({ title: '标题' }), text: '正文。' }, 'https://archive.example.net');
  expect(checked(exportedArticleSchema, record, '/articles/a.json')).toEqual(record);
  expect(() => checked(exportedArticleSchema, { ...record, text: ' ' }, '/articles/a.json')).toThrow(/\/articles\/a\.json: text: is empty/);
});
