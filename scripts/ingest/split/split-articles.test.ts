import { expect, it } from 'vitest';
import type { Block } from '../layout/read-page.ts';
import { splitArticles } from './split-articles.ts';

const p = (text: string): Block => ({ kind: 'paragraph', text, lineNos: [1] });
const h = (text: string): Block => ({ kind: 'heading', text, lineNos: [1], doubled: false });
const by = (names: string[], trailing = false): Block => ({ kind: 'byline', names, raw: names.join(' '), lineNo: 1, trailing });

it('a lead byline belongs to the article and a kicker-title pair after it starts the next', () => {
  const { articles } = splitArticles([
    h('泉山：多维度凝聚科技力量'),
    p('导语。'),
    by(['马壮壮']),
    h('小标题'),
    p('第二段。'),
    p('第三段。'),
    h('淮海控股集团与比亚迪弗迪牵手'),
    h('钠离子电池生产基地落户徐州经开区'),
    p('近日，双方签约。'),
  ]);
  expect(articles.map((a) => a.title.title)).toEqual(['泉山：多维度凝聚科技力量', '钠离子电池生产基地落户徐州经开区']);
  expect(articles[0]!.byline).toEqual(['马壮壮']);
  expect(articles[0]!.body.map((n) => n.type)).toEqual(['paragraph', 'heading', 'paragraph', 'paragraph']);
});

it('本报讯 pieces with names at the end are separate articles', () => {
  const { articles } = splitArticles([p('本报讯 烟台高新区……'), p('第二段。'), by(['王昌梅'], true), p('本报讯 海口高新区……'), by(['李子豪'], true)]);
  expect(articles.map((a) => a.byline)).toEqual([['王昌梅'], ['李子豪']]);
});

it('a heading right above a byline starts a new article', () => {
  const { articles } = splitArticles([h('主标题'), p('正文。'), p('正文二。'), h('做好科技招商文章'), by(['李秋']), p('近年来……')]);
  expect(articles.map((a) => a.title.title)).toEqual(['主标题', '做好科技招商文章']);
});

it('matches headlines printed apart from their bodies by what they name', () => {
  const long = (place: string) => `本报讯 ${place}高新区今年以来${place}经济稳步增长，${place}高新区企业……`.repeat(3);
  const { articles, warnings } = splitArticles([
    p(long('淄博')),
    by(['李琳琳'], true),
    p(long('海口')),
    by(['李子豪'], true),
    p(long('烟台')),
    by(['王昌梅'], true),
    h('海口高新区：上半年产值增长'),
    h('烟台高新区：政采贷跑起来'),
    h('淄博高新区：经济运行稳中有进'),
  ]);
  expect(warnings).toEqual([]);
  expect(articles.map((a) => a.title.title)).toEqual(['淄博高新区：经济运行稳中有进', '海口高新区：上半年产值增长', '烟台高新区：政采贷跑起来']);
});
