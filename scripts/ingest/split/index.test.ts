// The split stage on small pages of its own: articles, headline roles, boundaries, page jumps,
// short items, captions, tables.
import { describe, expect, it } from 'vitest';
import { toPageLines } from '../read-page/page-lines.ts';
import { nodeText } from './draft.ts';
import { splitPage } from './index.ts';

const split = (text: string, options: { bold?: number[]; singleArticle?: boolean } = {}) =>
  splitPage({ lines: toPageLines(text), bold: new Set(options.bold ?? []), articleStarts: new Set(), facts: { authors: [] }, singleArticle: options.singleArticle ?? false }, {}).articles;
const texts = (a: ReturnType<typeof split>[number]) => a.body.map(nodeText);

// A column of 12 ems: full lines are 12 characters, a paragraph's first line 10.
const COLUMN = ['湖畔新城今年以来加快建设重点项', '目，新开工项目十二个，总投资', '八十亿元。'].join('\n');

describe('splitPage', () => {
  it('reads kicker, title, subtitle and byline above the text', () => {
    const [a] = split(['园区上半年交出亮眼成绩单', '湖畔新城：项目建设跑出加速度', '——上半年新开工项目十二个', '本报记者 张 伟', COLUMN].join('\n'));
    expect(a!.title).toEqual({ kicker: '园区上半年交出亮眼成绩单', title: '湖畔新城：项目建设跑出加速度', subtitle: '上半年新开工项目十二个' });
    expect(a!.byline).toEqual(['张伟']);
  });

  it('opens the text with a numbered section heading printed under the title, not a subtitle', () => {
    const [a] = split(['湖畔新城2022年科技创新发展报告', '一、总体情况', COLUMN].join('\n'));
    expect(a!.title).toEqual({ title: '湖畔新城2022年科技创新发展报告' });
    expect(a!.body[0]).toEqual({ type: 'heading', text: '一、总体情况' });
    // A subtitle without a section's number stays in the headline.
    const [b] = split(['园区上半年交出亮眼成绩单', '湖畔新城：项目建设跑出加速度', '——上半年新开工项目十二个', '本报记者 张 伟', COLUMN].join('\n'));
    expect(b!.title.subtitle).toBe('上半年新开工项目十二个');
    expect(b!.body[0]!.type).toBe('paragraph');
  });

  it('starts a new article after a closing byline, a subhead inside one', () => {
    const page = ['湖畔新城：项目建设跑出加速度', COLUMN, '服务跟着项目走', COLUMN, '（记者 张 伟）', '西山园区新增两家研发中心', COLUMN].join('\n');
    const articles = split(page, { bold: [1] });
    expect(articles.map((a) => a.title.title)).toEqual(['湖畔新城：项目建设跑出加速度', '西山园区新增两家研发中心']);
    expect(articles[0]!.body.filter((n) => n.type === 'heading').map(nodeText)).toEqual(['服务跟着项目走']);
    expect(articles[0]!.byline).toEqual(['张伟']);
  });

  it('takes the names out of a 本报讯 dateline and starts a piece with it', () => {
    const [a] = split(['湖畔新城：项目建设跑出加速度', '本报讯（记者 李 娜） 今年以来，湖畔新城加快建', '设重点项目。'].join('\n'));
    expect(a!.byline).toEqual(['李娜']);
    expect(texts(a!)).toEqual(['今年以来，湖畔新城加快建设重点项目。']);
  });

  it('joins an article continued on another page, and drops the headline printed again', () => {
    const page = [
      '湖畔新城：项目建设跑出加速度',
      '今年以来湖畔新城加快建设重点项',
      '（下转第4版）',
      '西山园区新增两家研发中心',
      '近日，西山园区新增两家研发中心。（记者 李 娜）',
      '项目建设跑出加速度',
      '（上接第1版）',
      '目，新开工项目十二个。',
    ].join('\n');
    const articles = split(page, { bold: [1, 4] });
    expect(articles.map((a) => a.title.title)).toEqual(['湖畔新城：项目建设跑出加速度', '西山园区新增两家研发中心']);
    expect(texts(articles[0]!)).toEqual(['今年以来湖畔新城加快建设重点项目，新开工项目十二个。']);
  });

  it('makes each short item of a page of items an article, its lead the title', () => {
    const page = ['■湖畔新城新增3家研发中心', '近日，湖畔新城新增3家研发中心。', '■西山园区上线服务码  近日，西山', '园区上线企业服务码。'].join('\n');
    const articles = split(page);
    expect(articles.map((a) => a.title.title)).toEqual(['湖畔新城新增3家研发中心', '西山园区上线服务码']);
    expect(texts(articles[1]!)).toEqual(['近日，西山园区上线企业服务码。']);
  });

  it('lifts a caption dropped inside a sentence and mends the sentence', () => {
    const [a] = split(['湖畔新城：项目建设跑出加速度', '今年以来湖畔新城加快建设重点项', '', '', '工人正在车间里调试设备。 张伟 摄', '', '', '目，新开工项目十二个。'].join('\n'));
    expect(a!.captions).toEqual(['工人正在车间里调试设备。 张伟 摄']);
    expect(texts(a!)).toEqual(['今年以来湖畔新城加快建设重点项目，新开工项目十二个。']);
  });

  it('reads a table the OCR spelled out', () => {
    const [a] = split(['湖畔新城：上半年主要指标', '主要指标如下。', '指标        单位    数值', '营业收入    亿元    52.1', '利润总额    亿元    6.3'].join('\n'));
    expect(a!.body.at(-1)).toEqual({
      type: 'table',
      rows: [
        ['指标', '单位', '数值'],
        ['营业收入', '亿元', '52.1'],
        ['利润总额', '亿元', '6.3'],
      ],
    });
  });

  it('does not cut a sentence at a line set apart in its middle, nor make a sentence a subhead', () => {
    const body = (lines: string[]) => lines.join('\n\n');
    const midSentence = [
      '湖畔新城：项目建设跑出加速度',
      '',
      body(['湖畔新城今年以来加快建设重点项', '目，新开工项目十二个，总投资八']),
      '\n\n',
      '十亿元',
      '\n\n',
      body(['带动就业岗位三千余个。']),
    ].join('\n');
    expect(split(midSentence, { bold: [1] })[0]!.body.filter((n) => n.type === 'heading')).toEqual([]);
    const sentence = [
      '湖畔新城：项目建设跑出加速度',
      '',
      body(['湖畔新城今年以来加快建设重点项', '目，新开工项目十二个，总投资八', '十亿元，带动就业岗位三千余个。']),
      '\n\n',
      '项目建设再提速。',
      '\n\n',
      body(['西山园区今年新增两家研发中心，', '研发投入同比增长三成以上。']),
    ].join('\n');
    expect(split(sentence, { bold: [1] })[0]!.body.filter((n) => n.type === 'heading')).toEqual([]);
  });

  it('writes no article for a headline with no text', () => {
    expect(split('湖畔新城：项目建设跑出加速度')).toEqual([]);
  });

  it('keeps a saved web page one article: a short line in it is a subhead', () => {
    const page = ['湖畔新城项目建设跑出加速度', '今年以来，湖畔新城加快建设重点项目。', '湖畔新城新增两家研发中心', '近日，湖畔新城新增两家研发中心。'].join('\n');
    expect(split(page, { singleArticle: true })).toHaveLength(1);
  });

  it('keeps an interview one article: a marked phrase over a question is its subhead, not a brief', () => {
    const turn = (topic: string) => [`◆ 谈${topic}`, '', `问：${topic}方面，企业是怎么考虑的？`, `答：园区给了我们很大的支持，${topic}上我们走了十多年，现在已经形成了自己的特色。`, ''];
    const page = [
      '“把一颗芯片做成一条链”',
      '——访某某光电科技有限公司董事长',
      '',
      '本报记者 黄 蓓',
      '',
      '日前，记者专访了公司董事长，听他讲述企业十多年来的发展历程。',
      '',
      ...turn('选择'),
      ...turn('链条'),
      ...turn('未来'),
    ].join('\n');
    expect(split(page)).toHaveLength(1);
  });
});
