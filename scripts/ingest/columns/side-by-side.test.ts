import { describe, expect, it } from 'vitest';
import { toPageLines } from '../read-page/page-lines.ts';
import { candidateRuns, commonColumnWidth, cutRow, headlineRow, headlineRows, joinWrappedHeadlines, leftColumnTail, readSideBySide, splitColumns } from './side-by-side.ts';

// Two columns of ten ems, read row by row: a full left line is followed by one or two spaces, a
// short one (a paragraph's last line) by padding; one left line has an OCR space beside a number.
const PAGE = [
  '甲乙丙丁戊己庚辛壬癸  子丑寅卯辰巳午未申酉',
  '天地玄黄宇宙洪荒日月 盈昃辰宿列张寒来暑往',
  '秋收冬藏闰余成岁。         律吕调阳云腾致雨露',
  '结为霜金生丽水玉出 12 昆冈剑号巨阙珠称夜光',
  '果珍李柰菜重芥姜海咸 河淡鳞潜羽翔龙师火帝',
].join('\n');

describe('side-by-side columns', () => {
  it('cuts a row at the gutter after a full line, not at a space beside a number', () => {
    expect(cutRow('结为霜金生丽水玉出 12 昆冈剑号巨阙珠称夜光', 10)).toEqual(['结为霜金生丽水玉出 12', '昆冈剑号巨阙珠称夜光']);
    expect(cutRow('秋收冬藏闰余成岁。         律吕调阳云腾致雨露', 10)).toEqual(['秋收冬藏闰余成岁。', '律吕调阳云腾致雨露']);
  });

  it('gives a block back column by column', () => {
    const { lines, report } = readSideBySide(toPageLines(PAGE));
    expect(report.blocks).toEqual([{ from: 1, to: 5, columns: 2 }]);
    expect(lines.map((l) => l.text)).toEqual([
      '甲乙丙丁戊己庚辛壬癸',
      '天地玄黄宇宙洪荒日月',
      '秋收冬藏闰余成岁。',
      '结为霜金生丽水玉出 12',
      '果珍李柰菜重芥姜海咸',
      '子丑寅卯辰巳午未申酉',
      '盈昃辰宿列张寒来暑往',
      '律吕调阳云腾致雨露',
      '昆冈剑号巨阙珠称夜光',
      '河淡鳞潜羽翔龙师火帝',
    ]);
  });

  it('marks which lines a block put in column order, and no other', () => {
    const page = `天地玄黄宇宙洪荒。\n\n${PAGE}\n\n寒来暑往秋收冬藏。`;
    const { lines, placed } = readSideBySide(toPageLines(page));
    expect(placed).toHaveLength(lines.length);
    expect(lines.filter((_, i) => !placed[i]).map((l) => l.text)).toEqual(['天地玄黄宇宙洪荒。', '寒来暑往秋收冬藏。']);
    expect(placed.filter(Boolean)).toHaveLength(10);
  });

  it('takes a clause-less line wider than the first column, right above a block, for its headline', () => {
    const { lines } = readSideBySide(toPageLines(`湖畔新城获评省级知识产权示范园区\n${PAGE}`));
    expect(lines[0]).toMatchObject({ text: '湖畔新城获评省级知识产权示范园区', heading: true });
    // A line of text above a block (a clause in it) is left as it was.
    const { lines: plain } = readSideBySide(toPageLines(`湖畔新城获评省级示范园区，近日公布\n${PAGE}`));
    expect(plain[0]!.heading).toBeFalsy();
  });

  it('heads each column with its headline when the row of headlines stands one blank line above the rows', () => {
    const rows = ['天地玄黄，宇宙洪荒日  子丑寅卯，辰巳午未申', '月盈昃辰宿列张寒来暑  酉戌亥甲乙丙丁戊己庚', '往秋收冬藏闰余成岁。  辛壬癸金生丽水玉出。'];
    const { lines } = readSideBySide(toPageLines(['湖畔新区签约八个项目     西山县新增九家企业', '', ...rows].join('\n')));
    expect(lines.filter((l) => l.heading).map((l) => l.text)).toEqual(['湖畔新区签约八个项目', '西山县新增九家企业']);
    expect(lines.map((l) => l.text).indexOf('西山县新增九家企业')).toBe(4);
    // Two blank lines beyond the page's spacing set the row apart: it is not cut into the columns.
    const apart = readSideBySide(toPageLines(['湖畔新区签约八个项目     西山县新增九家企业', '', '', ...rows].join('\n')));
    expect(apart.lines.map((l) => l.text)).not.toContain('西山县新增九家企业');
  });

  it('takes the narrow width for the columns when a gutter at twice it is the second of three', () => {
    // The first gutter is a single space, the second a wide one: the wide one alone would say 14.
    const rows = ['甲乙丙丁戊己庚 子丑寅卯辰巳午   天地玄黄宇宙洪', '庚辛壬癸甲乙丙 午未申酉戌亥子   洪荒日月盈昃辰', '丙丁戊己庚辛壬 子丑寅卯辰巳午  辰宿列张寒来暑'];
    expect(commonColumnWidth(rows)).toBe(7);
  });

  it('counts a row of bylines under the headlines with them, and never joins a byline to a headline', () => {
    const rows = [
      ['湖畔新城集成电路设计业领跑西部', '西山园区新能源汽车产量翻番'],
      ['本报记者 罗 雪', '本报记者 唐 亮'],
      ['今年上半年，湖畔新城集成电路', '记者从西山园区获悉，今年1'],
      ['设计企业实现营收212亿元，同比', '至6月，该区新能源汽车产量达'],
    ];
    expect(headlineRows(rows)).toBe(2);
    expect(joinWrappedHeadlines(rows, 2)[0]).toEqual(['湖畔新城集成电路设计业领跑西部', '西山园区新能源汽车产量翻番']);
  });
  it('takes two clause-less first rows over a row of leads for wrapped headlines, and joins a full one to its next line', () => {
    const rows = [
      ['湖畔新城集成电路企业增至', '西山园区新材料产业园'],
      ['160家', '首期投产'],
      ['记者日前从湖畔新城获悉，', '6月28日，西山园区'],
      ['截至今年6月底，该区集成', '新材料产业园首期项目'],
    ];
    expect(headlineRows(rows)).toBe(2);
    // Without leads under them, clause-less lines are text that merely lacks marks.
    expect(headlineRows([rows[0]!, rows[1]!, ['记者日前从湖畔新城获悉', '6月28日西山园区'], rows[3]!])).toBe(0);
    const joined = joinWrappedHeadlines(rows, 2);
    expect(joined[0]).toEqual(['湖畔新城集成电路企业增至160家', '西山园区新材料产业园首期投产']);
    expect(joined[1]).toEqual(['', '']);
    // A short title over its subtitle stays two lines.
    expect(joinWrappedHeadlines([['湖畔新城', '西山园区新材料产业园'], ['集成电路企业增至160家', '首期投产'], ...rows.slice(2)], 2)[0]![0]).toBe('湖畔新城');
  });

  it('puts a piece padded past the middle column into the third', () => {
    const split = splitColumns([
      '甲乙丙丁戊己庚，  子丑寅卯辰巳午，  天地玄黄宇宙洪，',
      '庚辛壬癸甲乙丙，  午未申酉戌亥子，  洪荒日月盈昃辰，',
      '丙丁戊己庚辛壬。                    辰宿列张寒来暑，',
      '壬癸甲乙丙丁戊，  午未申酉戌亥子，  暑往秋收冬藏闰。',
    ]);
    expect(split?.pieces[2]).toEqual(['丙丁戊己庚辛壬。', '', '辰宿列张寒来暑，']);
  });

  it('finds a third column in what the second cut left', () => {
    const split = splitColumns([
      '甲乙丙丁戊己庚  子丑寅卯辰巳午 天地玄黄宇宙洪',
      '庚辛壬癸甲乙丙  午未申酉戌亥子 洪荒日月盈昃辰',
      '丙丁戊己庚辛壬 子丑寅卯辰巳午 辰宿列张寒来暑',
      '壬癸甲乙丙丁戊 午未申酉戌亥子 暑往秋收冬藏闰',
    ]);
    expect(split?.pieces[1]).toEqual(['庚辛壬癸甲乙丙', '午未申酉戌亥子', '洪荒日月盈昃辰']);
  });

  it('leaves ordinary text alone: one column with a space in a line, or a table', () => {
    expect(readSideBySide(toPageLines('甲乙丙丁 戊己庚辛壬癸\n子丑寅卯辰巳午 未申酉\n天地玄黄宇宙洪荒日月')).report.blocks).toEqual([]);
    expect(
      readSideBySide(toPageLines('指标      单位      数值      增长\n产值      亿元      38.6      5.6\n投资      亿元      16.2      2.8\n收入      亿元      21.7      6.3')).report.blocks,
    ).toEqual([]);
  });

  it('leaves one column alone whose lines hold only the single spaces OCR scatters', () => {
    const column = ['甲乙丙丁戊己庚 Micro 辛壬癸', '子丑寅卯辰巳午 未申酉戌亥', '天地玄黄宇宙洪 荒日月盈昃', '辰宿列张寒来暑 往秋收冬藏'];
    expect(splitColumns(column)).toBeUndefined();
    // The same rows with a gutter set wide in some of them are columns.
    expect(splitColumns(column.map((t, i) => (i % 2 ? t.replace(' ', '   ') : t)))).toBeDefined();
  });

  it('takes a first row of clause-less pieces for the columns’ headlines', () => {
    expect(headlineRow(['某区签约五个项目', '某园智改数转提速'])).toBe(true);
    expect(headlineRow(['记者从某区获悉，今', '年以来该区已有'])).toBe(false);
  });
});

describe('a first column that runs on where the second has ended', () => {
  it('takes the lines under the block, no blank between, no wider than the first column, for that column', () => {
    const split = {
      pieces: [
        ['园区新引进智能终端配套项目', '郑州高新区两家孵化器'],
        ['涵盖摄像模组、声学器件', '全区孵化器增至11家'],
      ],
      doubtful: [false, false],
    };
    const lines = toPageLines(['行一', '行二', '者之一。这家企业今年', '投产的摄像模组项目。', '这一行比第一栏宽得多，是另一篇通栏文章的一行文字，不属于第一栏。'].join('\n'));
    expect(leftColumnTail(lines, 2, split)).toEqual([2, 3]);
    const apart = toPageLines(['行一', '行二', '', '者之一。这家企业今年'].join('\n'));
    expect(leftColumnTail(apart, 2, split)).toEqual([]);
  });
});

it('takes a row of two headlines, a headline’s wrapped line and a row of bylines a blank line above the rows into the block', () => {
  const rows = [
    '浑南科技城一季度新增            沈阳经开区机器人产业园二期封顶',
    '科技型企业386家',
    '本报记者 关 楠                  通讯员 单 颖 记者 常 悦',
    '',
    ...Array.from({ length: 6 }, (_, k) => `记者日前从沈阳浑南科技${k}         5月14日，沈阳经济技术开发`),
  ];
  const lines = toPageLines(rows.join('\n'));
  expect(candidateRuns(lines)[0]!.slice(0, 4)).toEqual([0, 1, 2, 3]);
});
