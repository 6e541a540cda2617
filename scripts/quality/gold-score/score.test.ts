import { describe, expect, it } from 'vitest';
import { scoreArticles } from './score.ts';
import type { GoldPage, OutputArticle } from './types.ts';

const A = '甲城高新区今年新建厂房十二万平方米，引进项目三十个，带动就业两千人。';
const B = '乙镇产业园首批企业投产，年产值预计突破五亿元，园区配套同步完善。';

const out = (path: string, body: string, frontMatter: Record<string, unknown> = {}, source = 'p.txt'): OutputArticle => ({ path, frontMatter, source, body });
const gold = (articles: GoldPage['articles'], junk: unknown[] = []): GoldPage => ({ path: 'p.gold.yaml', source: 'p.txt', junk, articles });

describe('scoreArticles', () => {
  it('matches each gold article to the output sharing most 4-grams and measures CER on the best stretch', () => {
    const r = scoreArticles(
      [out('x/a.md', `图片说明\n\n${A}`), out('x/b.md', B.replace('五亿', '五忆'))],
      [
        gold([
          { key: 'a', body: A },
          { key: 'b', body: B },
        ]),
      ],
      new Map(),
    );
    // One wrong character in 32: 0.03125, rounded half to even as Python rounds it.
    expect([...B].length).toBe(32);
    expect(r.sources[0]!.articles.map((a) => [a.key, a.file, a.cer])).toEqual([
      ['a', 'a.md', 0],
      ['b', 'b.md', 0.0312],
    ]);
    expect(r.total.one_to_one).toBe(2);
  });
  it('reports two gold articles in one output article as merged, unless one may merge', () => {
    const both = [out('m.md', `${A}\n${B}`)];
    const merged = scoreArticles(
      both,
      [
        gold([
          { key: 'a', body: A },
          { key: 'b', body: B },
        ]),
      ],
      new Map(),
    );
    expect(merged.sources[0]!.merged).toEqual({ 'm.md': ['a', 'b'] });
    expect(merged.total.one_to_one).toBe(0);
    const optional = scoreArticles(
      both,
      [
        gold([
          { key: 'a', body: A },
          { key: 'b', body: B, optional_merge: true },
        ]),
      ],
      new Map(),
    );
    expect(optional.sources[0]!.merged).toEqual({});
    expect(optional.total.one_to_one).toBe(2);
  });
  it('counts a gold article that shares no 4-gram as missed, wholly wrong', () => {
    const r = scoreArticles([out('a.md', A)], [gold([{ key: 'b', body: B }])], new Map());
    expect(r.sources[0]!.articles[0]).toMatchObject({ file: null, cer: 1 });
  });
  it('only looks at output articles of the same raw file', () => {
    const r = scoreArticles([out('a.md', A, {}, 'other.txt')], [gold([{ key: 'a', body: A }])], new Map());
    expect(r.sources[0]!.outputs).toBe(0);
    expect(r.total.cer).toBe(1);
  });
  it('checks titles and kicker exactly, letting a series banner stand for a kicker', () => {
    const fm = { title: '甲城：新厂房', series: '园区观察' };
    const r = scoreArticles([out('a.md', A, fm)], [gold([{ key: 'a', body: A, title: '甲城：新厂房', kicker: '园区观察', subtitle: '副题' }])], new Map());
    expect(r.sources[0]!.articles[0]).toMatchObject({ title_ok: true, kicker_ok: true, subtitle_ok: false });
    expect(r.total.kicker_subtitle_date_accuracy).toBe(0.5);
  });
  it('finds a caption within 10 % edits and not beyond', () => {
    const caption = '园区新建的标准厂房一角。记者某某摄';
    const near = scoreArticles([out('a.md', A, { captions: ['园区新建的标准厂房一角。记者某摄'] })], [gold([{ key: 'a', body: A, captions: [caption] }])], new Map());
    expect(near.total.caption_recall).toBe(1);
    const far = scoreArticles([out('a.md', A, { captions: ['园区新建的厂房。摄'] })], [gold([{ key: 'a', body: A, captions: [caption] }])], new Map());
    expect(far.total.caption_recall).toBe(0);
  });
  it('measures name recall and precision', () => {
    const fm = { parks: ['甲城高新技术产业开发区'], companies: ['丙有限公司'] };
    const aliases = new Map([['甲城高新技术产业开发区', ['甲城高新区']]]);
    const r = scoreArticles([out('a.md', A, fm)], [gold([{ key: 'a', body: A, parks: ['甲城高新区'], companies: [] }])], aliases);
    expect(r.sources[0]!.articles[0]).toMatchObject({ entities: '1/1', missing: [], extra: ['丙有限公司'] });
    expect(r.total.entity_precision).toBe(0.5);
  });
  it('counts a junk string once for every output article that holds it', () => {
    const r = scoreArticles([out('a.md', `${A}责任编辑 某某`), out('b.md', `${B}责任编辑某某`)], [gold([{ key: 'a', body: A }], ['责任编辑 某某', '无此串'])], new Map());
    expect(r.sources[0]!.junk_leaks).toEqual(['责任编辑 某某', '责任编辑 某某']);
    expect(r.total.junk_leaks).toBe(2);
  });
});
