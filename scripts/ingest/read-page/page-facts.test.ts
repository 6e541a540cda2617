import { describe, expect, it } from 'vitest';
import { labelledAuthors, metaSource, pageLabel, pageDate, postMeta, readPageFacts } from './page-facts.ts';

describe('page facts', () => {
  it('takes the most precise date the furniture prints', () => {
    expect(
      pageDate([
        { text: '18  创新周刊 2024年第5期', kind: 'page-head' },
        { text: '2024年3月2日 星期六', kind: 'page-head' },
      ]),
    ).toBe('2024-03-02');
    expect(pageDate([{ text: '18  创新周刊 2024年第5期', kind: 'page-head' }])).toBe('2024');
  });
  it('gives a month and day the year of the issue', () => {
    expect(
      pageDate([
        { text: '2024年第5期', kind: 'page-head' },
        { text: '3月2日 星期六', kind: 'page-head' },
      ]),
    ).toBe('2024-03-02');
  });
  it('reads a post meta line', () => {
    expect(postMeta('原创 张伟 湖滨发布 2024-03-02 18:00 发表于浙江')).toEqual({ authors: ['张伟'], account: '湖滨发布' });
    expect(postMeta('湖畔新城召开会议 2024-03-02')).toBeUndefined();
    // A forum's post: 楼主 and 发表于 are the post's words, not an account.
    expect(postMeta('楼主 湖边的风 发表于 2022-6-9 21:13 | 只看该作者')).toEqual({ authors: [], account: '湖边的风' });
    // The outlet its reporter writes for, without the role.
    expect(postMeta('湖畔日报·湖畔观察记者 周晓  2023-04-11 09:35')).toEqual({ authors: ['周晓'], account: '湖畔日报·湖畔观察' });
    // A web page's labelled fields are neither authors nor an account.
    expect(postMeta('来源：湖畔日报  编辑：王晓明  2023-05-12 09:30:15  点击：次')?.account).toBeUndefined();
  });
  it('names the publication from a masthead, else the site', () => {
    expect(
      readPageFacts(
        [
          { text: '湖滨日报', kind: 'masthead' },
          { text: 'HUBIN DAILY', kind: 'masthead' },
        ],
        '湖滨网',
        undefined,
      ).publication,
    ).toBe('湖滨日报');
    expect(readPageFacts([], '湖滨网', '标题').publication).toBe('湖滨网');
  });
  it('names the paper without the page label printed after it, and reads that label as the page', () => {
    const facts = readPageFacts([{ text: '湖滨日报 A3', kind: 'masthead' }], undefined, undefined);
    expect(facts.publication).toBe('湖滨日报');
    expect(facts.page).toBe('A3');
    expect(readPageFacts([{ text: '湖滨日报　第 5 版', kind: 'masthead' }], undefined, undefined).page).toBe('第5版');
  });
  it('names the site a breadcrumb starts from, the account over a post’s date, or the site’s own name, when nothing else names one', () => {
    expect(readPageFacts([{ text: '湖濱時報 > 財經 > 產業', kind: 'chrome' }], undefined, undefined).publication).toBe('湖濱時報');
    expect(readPageFacts([{ text: '新闻中心 > 企业新闻', kind: 'chrome' }], undefined, undefined).publication).toBeUndefined();
    expect(readPageFacts([{ text: '2023-05-06 10:12·江苏', kind: 'meta' }], undefined, undefined, '湖滨观察').publication).toBe('湖滨观察');
    // A person's name over the date is the author.
    const person = readPageFacts([{ text: '2023-05-06 10:12·江苏', kind: 'meta' }], undefined, undefined, '周晓明');
    expect(person.authors).toEqual(['周晓明']);
    expect(person.publication).toBeUndefined();
    expect(readPageFacts([{ text: '湖畔重工集团有限公司', kind: 'masthead' }], undefined, undefined).publication).toBe('湖畔重工集团有限公司');
    // A meta line's source comes before the site's own name.
    expect(
      readPageFacts(
        [
          { text: '湖畔重工集团有限公司', kind: 'masthead' },
          { text: '来源：湖畔日报', kind: 'meta' },
        ],
        undefined,
        undefined,
      ).publication,
    ).toBe('湖畔日报');
  });
  it('names the paper among the fields of its dated page head', () => {
    const facts = readPageFacts([{ text: '2022年11月8日 星期二      湖畔日报  第2版  经济', kind: 'page-head' }], undefined, undefined);
    expect(facts.publication).toBe('湖畔日报');
    expect(facts.page).toBe('第2版');
    expect(readPageFacts([{ text: '湖畔日报  2021年9月14日  第5版', kind: 'page-head' }], undefined, undefined).publication).toBe('湖畔日报');
    // In Traditional characters, as printed; the page a field of its own.
    const hk = readPageFacts([{ text: '湖港日報  2023年7月12日（星期三）  A10  經濟', kind: 'page-head' }], undefined, undefined);
    expect(hk.publication).toBe('湖港日報');
    expect(hk.page).toBe('A10');
  });
  it('names a magazine from its running head, before its issue', () => {
    expect(readPageFacts([{ text: '28  湖滨经济 2023年第6期', kind: 'page-head' }], undefined, undefined).publication).toBe('湖滨经济');
    // A newspaper's dated page head names a section, not a publication.
    expect(readPageFacts([{ text: '2024年3月2日  星期六  第6版  区域经济', kind: 'page-head' }], undefined, undefined).publication).toBeUndefined();
  });
  it('reads the page from the dated page head, and no page where none is printed', () => {
    expect(pageLabel([{ text: '2024年3月2日  星期六          第6版          区域经济', kind: 'page-head' }])).toBe('第6版');
    expect(pageLabel([{ text: '2024年3月2日 星期六', kind: 'page-head' }])).toBeUndefined();
    expect(pageLabel([{ text: '湖畔日报    ２０２１年１１月３日  星期三    第３版', kind: 'page-head' }])).toBe('第3版');
    // A label beside its section on a line of its own, unless several such lines make a page index.
    expect(pageLabel([{ text: 'A06 城事·产业', kind: 'chrome' }])).toBe('A06');
    expect(
      pageLabel([
        { text: 'A2 园区开工', kind: 'chrome' },
        { text: 'A3 企业上新', kind: 'chrome' },
      ]),
    ).toBeUndefined();
    expect(pageLabel([{ text: 'A2  要闻  2023年5月4日 星期四  责编 王芳  美编 李静', kind: 'credit' }])).toBe('A2');
    // A page number elsewhere in the furniture (a folio, a credit) is not the page's label.
    expect(pageLabel([{ text: '第6版编辑 张伟', kind: 'credit' }])).toBeUndefined();
    expect(readPageFacts([{ text: '湖滨日报', kind: 'masthead' }], undefined, undefined).page).toBeUndefined();
  });
});

describe('metaSource', () => {
  it('reads the source a meta line names, wherever it stands, and not an unknown one', () => {
    expect(metaSource('来源：湖畔日报  编辑：王晓明  2023-05-12 09:30:15')).toBe('湖畔日报');
    expect(metaSource('发布时间：2023-06-15 09:32　来源：西山园区管委会')).toBe('西山园区管委会');
    expect(metaSource('来源:未知 日期:2019-12-02 点击:次')).toBeUndefined();
    expect(metaSource('编辑：王晓明')).toBeUndefined();
  });
});

it('reads the writers a meta line names in a field of their own, and no site for one', () => {
  expect(labelledAuthors('2023-07-03 09:12:45  来源：湖畔新闻网  作者：杨帆')).toEqual(['杨帆']);
  expect(labelledAuthors('发布时间：2023-06-15  作者：张伟、李强  浏览：12')).toEqual(['张伟', '李强']);
  expect(labelledAuthors('作者：湖畔新闻网')).toBeUndefined();
  expect(labelledAuthors('by 傅子轩 | Sep 5, 2023 | 阅读 2.1k')).toEqual(['傅子轩']);
});

it('reads a page label in Chinese numerals, at a page head’s start or among its fields', () => {
  expect(pageLabel([{ text: '第一版  要闻                责编 冯洁', kind: 'credit' }])).toBe('第一版');
  expect(pageLabel([{ text: '2023年9月8日  星期五  第十二版  综合', kind: 'page-head' }])).toBe('第十二版');
});
