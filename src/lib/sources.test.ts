import { expect, it } from 'vitest';
import { fileSlug, groupSources, sourceHref } from './sources.ts';
import type { ArticleEntry } from './articles.ts';

const a = (id: string, source: object) => ({ id, data: { source } }) as unknown as ArticleEntry;

it('groups articles by publication and by raw file', () => {
  const { publications, files } = groupSources([a('1', { publication: '现代快报', file: 'b.txt' }), a('2', { file: 'a.txt' }), a('3', { publication: '现代快报', file: 'b.txt' })]);
  expect(publications.map((p) => [p.name, p.articles.length])).toEqual([['现代快报', 2]]);
  expect(files.map((f) => f.name)).toEqual(['a.txt', 'b.txt']);
});
it('gives sources readable addresses', () => {
  expect(sourceHref({ publication: '现代快报' })).toBe('/sources/xiandai-kuaibao/');
  expect(sourceHref({ file: '000_91e248dc32e670c7.txt' })).toBe('/sources/raw/000_91e248dc32e670c7/');
  expect(fileSlug('剪报 一.txt')).toMatch(/^[a-z0-9-]+$/);
});
