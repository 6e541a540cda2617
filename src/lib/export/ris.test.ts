import { describe, expect, it } from 'vitest';
import { articleSchema } from '../../schema/article.ts';
import { articleRecord } from './article-record.ts';
import { parseRisTags, parseRisToCsl } from './citation-parsers.ts';
import { risDate, risFile, risRecord } from './ris.ts';

const SITE = 'https://archive.example.net';
const record = (id: string, fields: Record<string, unknown>) => articleRecord({ id, data: articleSchema.parse({ title: '甲园区：新动能', ...fields }), text: '正文。' }, SITE);

describe('RIS', () => {
  it('writes a date at the precision known', () => {
    expect(risDate('2023-06-12')).toBe('2023/06/12/');
    expect(risDate('2023-06')).toBe('2023/06//');
    expect(risDate('2023')).toBe('2023///');
  });

  it('a newspaper clipping reads back as a newspaper article with its title, authors, paper, page and permalink', () => {
    const text = risRecord(record('2023-a', { byline: ['张三', '李四'], date: '2023-06', source: { publication: '某某日报', page: '第5版' }, parks: ['甲高新区'], companies: ['乙公司'] }));
    const [tags] = parseRisTags(text);
    expect(tags).toMatchObject({ TY: 'NEWS', TI: '甲园区：新动能', T2: '某某日报', DA: '2023/06//', PY: '2023', SP: '第5版', UR: `${SITE}/articles/2023-a/` });
    const [csl] = parseRisToCsl(text);
    expect(csl).toMatchObject({
      type: 'article-newspaper',
      title: '甲园区：新动能',
      'container-title': '某某日报',
      page: '第5版',
      URL: `${SITE}/articles/2023-a/`,
      issued: { 'date-parts': [[2023]] },
    });
    expect(JSON.stringify(csl)).toContain('张三');
    expect(tags!.KW).toEqual(['甲高新区', '乙公司']);
  });

  it('a web clipping reads back as a web page at its address, dated to the day, with the permalink too', () => {
    const text = risRecord(record('b', { date: '2023-06-12', source: { url: 'https://news.example.org/a?id=1' }, subtitle: '副题在此' }));
    const [csl] = parseRisToCsl(text);
    expect(csl).toMatchObject({ type: 'webpage', URL: 'https://news.example.org/a?id=1', issued: { 'date-parts': [[2023, 6, 12]] } });
    const [tags] = parseRisTags(text);
    expect(tags!.UR).toBe('https://news.example.org/a?id=1');
    expect(tags!.N1).toBe(`副题：副题在此；徐州新闻剪报档案存档：${SITE}/articles/b/`);
  });

  it('keeps the ideographic space between the phrases of a headline', () => {
    const [tags] = parseRisTags(risRecord(record('k', { kicker: '决战三季度　跑出“加速度”' })));
    expect(tags!.N1).toBe('引题：决战三季度　跑出“加速度”');
  });

  it('keeps every value on its line, and many records in one file', () => {
    const text = risFile([record('c', { title: '一行\n两行' }), record('d', {})]);
    const parsed = parseRisTags(text);
    expect(parsed.map((r) => r.TI)).toEqual(['一行 两行', '甲园区：新动能']);
    expect(text).not.toMatch(/[^\r]\n/);
  });
});
