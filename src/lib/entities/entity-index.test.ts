import { expect, it } from 'vitest';
import { entitySchema } from '../../schema/entity.ts';
import { buildEntityIndex } from './entity-index.ts';
import type { ArticleEntry } from '../articles.ts';

const article = (id: string, parks: string[], body: string) =>
  ({ id, body, collection: 'articles', data: { title: id, titleOrigin: 'printed', parks, companies: [], draft: false } }) as unknown as ArticleEntry;

it('lists each park with the articles naming it, the sentence, and pinyin order', () => {
  const authority = { parks: [entitySchema.parse({ name: '徐州经济技术开发区', aliases: ['徐州经开区'], city: '徐州' })], companies: [] };
  const index = buildEntityIndex('parks', [article('b', ['徐州经济技术开发区', '淄博高新区'], '项目落户徐州经开区。'), article('a', ['徐州经济技术开发区'], '别的话。')], authority);
  expect(index.map((e) => e.name)).toEqual(['徐州经济技术开发区', '淄博高新区']);
  expect(index[0]!.slug).toBe('xuzhou-jingji-jishukaifaqu');
  expect(index[0]!.entry?.city).toBe('徐州');
  expect(index[0]!.mentions.map((m) => m.article.id)).toEqual(['b', 'a']);
  expect(index[0]!.mentions[0]!.mention).toEqual({ before: '项目落户', match: '徐州经开区', after: '。' });
  expect(index[1]!.entry).toBeUndefined();
});
it('gives no page to an entry of a kind that is neither a park nor a company', () => {
  const authority = { parks: [], companies: [entitySchema.parse({ name: '某某广场', kind: '商业综合体' }), entitySchema.parse({ name: '某某科技有限公司', kind: '企业' })] };
  const entry = {
    ...article('a', [], '某某广场与某某科技有限公司。'),
    data: { title: 'a', titleOrigin: 'printed', parks: [], companies: ['某某广场', '某某科技有限公司'], draft: false },
  } as unknown as ArticleEntry;
  expect(buildEntityIndex('companies', [entry], authority).map((e) => e.name)).toEqual(['某某科技有限公司']);
});
it('counts two names of one company as one company', () => {
  const authority = { parks: [], companies: [entitySchema.parse({ name: '某某材料（甲市）有限公司', aliases: ['某某材料'], kind: '企业' })] };
  const entry = {
    ...article('a', [], '某某材料扩产。'),
    data: { title: 'a', titleOrigin: 'printed', parks: [], companies: ['某某材料', '某某材料（甲市）有限公司'], draft: false },
  } as unknown as ArticleEntry;
  const index = buildEntityIndex('companies', [entry], authority);
  expect(index.map((e) => [e.name, e.mentions.length])).toEqual([['某某材料（甲市）有限公司', 1]]);
  expect(index[0]!.mentions[0]!.mention?.match).toBe('某某材料');
});
