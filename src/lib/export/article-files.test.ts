import { expect, it } from 'vitest';
import { articleSchema } from '../../schema/article.ts';
import { exportedArticleSchema } from '../../schema/export.ts';
import { articleFiles } from './article-files.ts';
import { articleRecord } from './article-record.ts';
import { parseBibtex, parseRisTags } from './citation-parsers.ts';

it('writes an article as its JSON record, its RIS record and its BibTeX entry, beside its page', () => {
  const record = articleRecord({ id: '2023-a', data: articleSchema.parse({ title: '标题', date: '2023-06' }), text: '正文。' }, 'https://archive.example.net');
  const files = articleFiles(record);
  expect(files.map((f) => f.path)).toEqual(['/articles/2023-a.json', '/articles/2023-a.ris', '/articles/2023-a.bib']);
  expect(exportedArticleSchema.parse(JSON.parse(files[0]!.content))).toEqual(record);
  expect(parseRisTags(files[1]!.content)[0]!.DA).toBe('2023/06//');
  expect(parseBibtex(files[2]!.content).entries[0]!.fields.date).toBe('2023-06');
});
