import { expect, it } from 'vitest';
import { entitySchema } from '../../schema/entity.ts';
import { coNamedEdges, coNamedIndex } from './co-named.ts';
import { buildEntityIndex, type IndexedArticle } from './entity-index.ts';

const article = (id: string, parks: string[], companies: string[]): IndexedArticle => ({ id, body: '', data: { title: id, parks, companies } });
const articles = [article('n3', ['甲高新区'], ['乙公司', '丙公司']), article('n2', ['甲高新区', '丁开发区'], ['乙公司', '某广场']), article('n1', ['丁开发区'], [])];
const authority = { parks: [], companies: [entitySchema.parse({ name: '某广场', kind: '商业综合体' })] };
const parks = buildEntityIndex('parks', articles, authority);
const companies = buildEntityIndex('companies', articles, authority);

it('counts for each park the companies named in the same articles, most shared first', () => {
  const index = coNamedIndex(parks, companies);
  expect(index.get('甲高新区')).toEqual([
    { name: '乙公司', slug: 'yi-gongsi', articles: ['n3', 'n2'] },
    { name: '丙公司', slug: 'bing-gongsi', articles: ['n3'] },
  ]);
  // An entry that is neither a park nor a company is left out, as on the index pages.
  expect(index.get('丁开发区')).toEqual([{ name: '乙公司', slug: 'yi-gongsi', articles: ['n2'] }]);
});

it('counts the other way round for companies, and lists the pairs as edges', () => {
  expect(
    coNamedIndex(companies, parks)
      .get('乙公司')!
      .map((p) => [p.name, p.articles.length]),
  ).toEqual([
    ['甲高新区', 2],
    ['丁开发区', 1],
  ]);
  expect(coNamedEdges(coNamedIndex(parks, companies))).toEqual([
    { park: '丁开发区', company: '乙公司', articles: 1 },
    { park: '甲高新区', company: '乙公司', articles: 2 },
    { park: '甲高新区', company: '丙公司', articles: 1 },
  ]);
});
