import { expect, it } from 'vitest';
import { entitySchema } from '../../schema/entity.ts';
import { exportedEntitySchema } from '../../schema/export.ts';
import { coNamedIndex } from '../entities/co-named.ts';
import { buildEntityIndex, type IndexedArticle } from '../entities/entity-index.ts';
import { entityRecords } from './entity-records.ts';

const article = (id: string, parks: string[], companies: string[]): IndexedArticle => ({ id, body: '', data: { title: id, parks, companies } });

it('lists a park with what the authority says, its articles, and the companies named with it', () => {
  const articles = [article('b', ['甲高新区'], ['乙公司']), article('a', ['甲高新区'], [])];
  const authority = { parks: [entitySchema.parse({ name: '甲高新区', aliases: ['甲区'], city: '甲市', kind: '高新区' })], companies: [] };
  const parks = buildEntityIndex('parks', articles, authority);
  const companies = buildEntityIndex('companies', articles, authority);
  const [park] = entityRecords(parks, coNamedIndex(parks, companies), 'https://archive.example.net');
  expect(park).toEqual({
    name: '甲高新区',
    slug: 'jia-gaoxinqu',
    url: 'https://archive.example.net/parks/jia-gaoxinqu/',
    aliases: ['甲区'],
    shortForms: [],
    city: '甲市',
    kind: '高新区',
    parent: null,
    articles: ['b', 'a'],
    coNamed: [{ name: '乙公司', url: 'https://archive.example.net/companies/yi-gongsi/', articles: 1 }],
  });
  expect(exportedEntitySchema.parse(park)).toEqual(park);
});
