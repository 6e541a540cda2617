import { describe, expect, it } from 'vitest';
import { interviewTurns, joinLines, joinWrapped, numberedShape } from './paragraphs.ts';

const flow = (lines: string[]) => lines.map((text, i) => ({ lineNo: i + 1, text }));
const texts = (lines: string[]) => joinLines(flow(lines)).map((p) => p.text);

describe('joinWrapped', () => {
  it('joins Chinese directly, Latin with a space, and undoes hyphenation', () => {
    expect(joinWrapped('今年7', '月，中润')).toBe('今年7月，中润');
    expect(joinWrapped('OCTO⁃', 'PUS 半导体')).toBe('OCTOPUS 半导体');
    expect(joinWrapped('semi-', 'conductor')).toBe('semiconductor');
    expect(joinWrapped('the', 'next')).toBe('the next');
  });
});

it('joins a quotation and its speaker on the next line, and names in brackets broken over two lines with a space', () => {
  expect(
    joinLines([
      { lineNo: 1, text: '提升到20GWh。”' },
      { lineNo: 2, text: '公司副总经理钱卫东说。' },
    ]).map((p) => p.text),
  ).toEqual(['提升到20GWh。”公司副总经理钱卫东说。']);
  expect(joinWrapped('等产品研发。（周 晴', '吴 越）')).toBe('等产品研发。（周 晴 吴 越）');
});

it('never reads a first line that leaves a quotation open for the next line as a headline', () => {
  // (A column of 17: `今年以来，…推出“企业` is as wide as the column, over a line narrowed by its quote mark.)
  const column = [
    '7月2日上午，在中山火炬开发区的广',
    '东芯航电子科技有限公司，新建的车规',
    '级芯片封测产线上，一台台设备有序运',
    '转。“以前企业要办的事，得自己跑好',
    '几个部门，现在有‘企业服务专员’上',
    '门，问题当天就能反馈。”公司行政总',
    '监梁志诚说。',
    '今年以来，中山火炬开发区推出“企业',
    '服务专员”制度，从各部门抽调120',
    '名干部，对口联系区内规模以上工业企',
    '业和重点项目，累计帮助企业解决用地、',
    '用工、融资等问题430余个。',
    '营商环境的改善，带来了实实在在的投',
    '资。上半年，中山火炬开发区新签约亿',
    '元以上项目41个，其中中山联拓智能',
    '装备有限公司投资25亿元的智能装备',
    '产业基地已于6月开工建设。',
  ];
  const paragraphs = joinLines(column.map((text, i) => ({ lineNo: i + 1, text })));
  expect(paragraphs.map((p) => p.lineNos[0])).toEqual([1, 8, 13]);
});

it('runs a line cut mid-sentence on into an unindented line where the page indents its paragraphs', () => {
  const lines = ['　　1.创新平台。园区新增孵化面积5万平方米。', '　　2.科技成果转化。全年技术合同成交额', '达到36.8亿元，同比增长24.5%。', '二、存在的问题', '　　一是研发投入不足。'];
  expect(joinLines(lines.map((text, i) => ({ lineNo: i + 1, text }))).map((p) => p.lineNos)).toEqual([[1], [2, 3], [4], [5]]);
});

it('keeps a speech’s salutation a paragraph of its own', () => {
  expect(
    joinLines([
      { lineNo: 1, text: '同志们：' },
      { lineNo: 2, text: '　　现在，我代表管委会作报告。' },
    ]).map((p) => p.text),
  ).toEqual(['同志们：', '　　现在，我代表管委会作报告。'.trim()]);
});

describe('joinLines with lines set apart', () => {
  it('joins a line set apart to neither neighbour, whatever the text says, and the others as it says', () => {
    const lines = flow(['今年以来，湖畔新城的订单持续', '增长，产线开足马力，工人们三班倒', '地生产，仓库里的成品一出来就被拉', '走。']);
    expect(joinLines(lines).map((p) => p.lineNos)).toEqual([[1, 2, 3, 4]]);
    expect(joinLines(lines, new Set([2])).map((p) => p.lineNos)).toEqual([[1], [2], [3, 4]]);
  });
});

describe('joinLines on a short first line', () => {
  it('runs a line that opens with a dateline on into the next, however short: it is never a headline', () => {
    const piece = ['本报讯（通讯员 许宁）11月4日，西山县举办', '科技成果转化对接会，来自8所高校的36项科', '技成果现场发布，企业与高校签约合作项目11', '个。'];
    expect(texts(piece)).toEqual(['本报讯（通讯员 许宁）11月4日，西山县举办科技成果转化对接会，来自8所高校的36项科技成果现场发布，企业与高校签约合作项目11个。']);
    // The same short line without its dateline stands alone, as a headline may.
    expect(texts(['西山县举办', ...piece.slice(1)])[0]).toBe('西山县举办');
  });
});

describe('joinLines on a numbered list in a narrow column', () => {
  it('joins each item to its wrapped tail, where numbered headings over their paragraphs stand alone', () => {
    const list = [
      '1.深入实施科技企业梯度培育工程,力争全年高新技术',
      '企业总数突破 1900家。',
      '2.加快建设概念验证中心和中试基地,新建中试平台3',
      '个以上，推动更多科研成果在区内转化落地。',
      '4.深化与大连理工大学等高校院所合作，共建联合研发',
      '平台2个以上。',
    ];
    expect(texts(list)).toEqual([
      '1.深入实施科技企业梯度培育工程,力争全年高新技术企业总数突破 1900家。',
      '2.加快建设概念验证中心和中试基地,新建中试平台3个以上，推动更多科研成果在区内转化落地。',
      '4.深化与大连理工大学等高校院所合作，共建联合研发平台2个以上。',
    ]);
    const headings = [
      '1.培育科技企业',
      '今年以来，园区新认定高新技术企业46家，总数',
      '达到312家，增长两成。',
      '2.建设中试平台',
      '园区新建概念验证中心和中试基地各一个，服务',
      '企业超过百家。',
      '3.引进人才',
      '全年引进各类高层次人才210人，建成人才公寓',
      '500套。',
    ];
    expect(texts(headings).filter((t) => /^\d\./u.test(t))).toEqual(['1.培育科技企业', '2.建设中试平台', '3.引进人才']);
  });
});

describe('joinLines', () => {
  const column = [
    '在徐州高新区，高速奔跑的企业远',
    '不止中润新能源一家。用时不到一年，',
    '普达特半导体设备（徐州）有限公司就',
    '完成了新品“三新发”——去年12月，创',
    '新半导体单片清洗设备在徐州实现首台',
    '套出货。',
    '速度，没有最快只有更快',
    '项目建设是推动高质量发展的“稳',
    '定器”与“强引擎”。',
    '在徐州高新区，项目建设没有最',
    '快，只有更快。',
  ];
  it('rebuilds paragraphs and keeps a headline standing alone', () => {
    expect(texts(column)).toEqual([
      '在徐州高新区，高速奔跑的企业远不止中润新能源一家。用时不到一年，普达特半导体设备（徐州）有限公司就完成了新品“三新发”——去年12月，创新半导体单片清洗设备在徐州实现首台套出货。',
      '速度，没有最快只有更快',
      '项目建设是推动高质量发展的“稳定器”与“强引擎”。',
      '在徐州高新区，项目建设没有最快，只有更快。',
    ]);
  });
  it('passes one-paragraph-per-line text through, bridging a cut made by a page break', () => {
    const lines = [
      '泉山：多维度凝聚科技力量',
      '依托丰富的载体优势，泉山不断完善全链条孵化育成体系，不断提升创新浓度和产业密度。江苏淮海科技城数字经济产业园园区规划总占地317亩，总建',
      '筑面积约为51.6万平方米，园区定位集功能总部、软件研发、生产制造于一体。',
      '为企业开展帮扶对接和精准服',
      '务，“保姆式”的贴心服务让企业没有后顾之忧。',
    ];
    expect(texts(lines)).toEqual([lines[0], `${lines[1]}${lines[2]}`, `${lines[3]}${lines[4]}`]);
  });
  it('starts a new paragraph at 本报讯 and at numbered points', () => {
    expect(texts(['上一篇的最后一句话，写到这里', '本报讯 今年以来，烟台高新区多方联手。']).length).toBe(2);
  });
  it('leaves text that is already clean unchanged', () => {
    const clean = ['第一段，完整的一句话。', '第二段，也是完整的一句话。'];
    expect(texts(clean)).toEqual(clean);
  });
});

describe('numberedShape', () => {
  it('takes the number out of a numbered heading’s start, so a series shares one shape', () => {
    expect(numberedShape('"7",即完善七个方面工作体系')).toBe('"N",');
    expect(numberedShape('“4”，即建设四大优质载体')).toBe('“N”，');
    expect(numberedShape('（三）加强人才服务')).toBe('（N）');
  });

  it('does not take a number that stands for itself', () => {
    expect(numberedShape('2016年7月21日，市委')).toBeUndefined();
    expect(numberedShape('3.9亿片以上')).toBeUndefined();
    expect(numberedShape('一是完善了科技政策体系')).toBeUndefined();
  });
});

describe('interview turns', () => {
  it('opens a paragraph at each turn of an interview, however full the line above', () => {
    const lines = [
      '记者:企业反映最多的问题是什么?怎么解决?',
      '黄志明：融资和用地是企业反映比较集中的问',
      '题。在融资方面，我们联合银行推出了产品。',
      '记者：下一步有什么打算？',
      '黄志明：我们将坚持创新。',
    ];
    expect(interviewTurns(lines)).toEqual(new Set([0, 1, 3, 4]));
    const paragraphs = joinLines(lines.map((text, k) => ({ lineNo: k + 1, text })));
    expect(paragraphs.map((p) => p.text.slice(0, 4))).toEqual(['记者:企', '黄志明：', '记者：下', '黄志明：']);
  });
  it('takes no label for a turn on a page that is no interview', () => {
    expect(interviewTurns(['目标：一是稳增长', '目标：二是促转型', '任务：三项'])).toEqual(new Set());
  });
});

it('runs the first line after a jump from another page into the text, however short', () => {
  const lines = flow(['在此基础', '上，该区还推动物联网技术向工业、医', '疗、农业等领域延伸。']);
  expect(joinLines(lines).map((p) => p.text)).toHaveLength(2);
  expect(joinLines(lines, new Set(), true).map((p) => p.text)).toEqual(['在此基础上，该区还推动物联网技术向工业、医疗、农业等领域延伸。']);
});

it('ends a headline set over two lines above a news lead, not the text it stands over', () => {
  const lines = [
    '打造具有全球影响力的量子产业高地。',
    '合肥经开区新能源汽车零部件',
    '配套项目集中签约',
    '4 月16日，合肥经济技术开发区',
    '举行新能源汽车零部件配套项目集中',
    '签约仪式，12个项目现场签约。',
  ];
  expect(texts(lines)).toContain('合肥经开区新能源汽车零部件配套项目集中签约');
  const wrapped = ['园区召开大会，在合肥经开区新能源汽车零部件', '配套项目集中签约仪式上，各方代表发言。', '4月16日，大会闭幕。'];
  expect(texts(wrapped)[0]).toContain('配套项目集中签约仪式上');
});

it('ends a paragraph at a line announcing a table or a list', () => {
  const lines = ['（四）科技服务体系不断完善。建成科技大市场新区分市', '场，“科技创新券”全年兑现1200万元，惠及企业310', '家。主要指标完成情况见下表：', '表1 2023年主要科技指标完成情况'];
  expect(texts(lines).at(-1)).toBe('表1 2023年主要科技指标完成情况');
  expect(texts(lines)[0]).toMatch(/见下表：$/u);
});

it('joins a figure alone on its line to what it counts, one line each', () => {
  expect(texts(['150余家', '激光与光电企业', '300亿元', '2023年产业规模'])).toEqual(['150余家激光与光电企业', '300亿元2023年产业规模']);
});
