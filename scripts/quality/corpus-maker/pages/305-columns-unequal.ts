// 305 — columns of unequal widths read across by the OCR: three articles side by side in columns of
// 15, 11 and 9 characters (headlines wrapped in their columns, so the first OCR lines hold three
// headlines), trailing bylines in （记者…）; then one article under a full-width headline flowing
// from a left column of 18 characters into a right one of 12, the split falling mid-sentence.
import { article } from '../article.ts';
import { across, column, wrap } from '../layout.ts';
import { Noise } from '../noise.ts';
import type { PageMaker } from '../page.ts';
import { Random } from '../random.ts';

const DATE = '2023-07-06';

const a = article({
  key: 'zhuhai-chip-design',
  title: '珠海高新区集成电路设计企业增至160家',
  byline: ['梁嘉欣'],
  date: DATE,
  parks: ['珠海高新区'],
  companies: ['珠海芯曜微电子有限公司', '珠海澜思科技有限公司'],
  paragraphs: [
    '记者日前从珠海高新区获悉，截至今年6月底，该区集成电路设计企业已增至160家，比2020年底增加了近一倍，去年实现营业收入超过200亿元。今年以来，又有11家芯片设计企业落户珠海高新区。',
    '珠海高新区集成电路产业以设计环节见长。区内的珠海芯曜微电子有限公司专注电源管理芯片，产品已进入多家手机厂商的供应链；珠海澜思科技有限公司研发的射频前端芯片，今年上半年出货量同比增长60%。',
    '为降低企业研发成本，珠海高新区建设了集成电路公共设计平台，向中小企业提供EDA工具租用、多项目晶圆流片补贴等服务，去年累计为企业节省费用超过8000万元。',
  ],
});

const b = article({
  key: 'jiangmen-materials-park',
  title: '江门高新区新材料产业园首期投产',
  byline: ['区文杰'],
  date: DATE,
  parks: ['江门高新区新材料产业园'],
  companies: ['广东昊拓新材料有限公司', '江门锐泰高分子材料有限公司'],
  paragraphs: [
    '6月28日，江门高新区新材料产业园首期项目投产。首期入驻的广东昊拓新材料有限公司、江门锐泰高分子材料有限公司等6家企业，主要生产电子级树脂、特种工程塑料等产品，预计年产值可达35亿元。',
    '产业园规划面积2100亩，将重点发展电子化学品、高分子材料和新能源材料，计划到2027年引进项目50个以上。产业园还配套建设了危化品仓储中心和污水集中处理设施。',
  ],
});

const c = article({
  key: 'zhaoqing-hotline',
  title: '肇庆高新区开通企业服务热线',
  byline: ['莫晓彤'],
  date: DATE,
  parks: ['肇庆高新区'],
  paragraphs: [
    '近日，肇庆高新区企业服务热线正式开通，企业可通过热线反映用地、用工、融资等方面的诉求，相关部门须在2个工作日内回复。热线开通首周，已受理企业诉求37件，办洁29件。企业也可通过手机小程序提交诉求。',
    '肇庆高新区还将热线受理情况纳入部门绩效考核，对企业反映集中的问题建立专题协调机制，推动一批共性问题从制度层面解决。',
  ],
});

const D3_SPLIT = '驱动电源、精密结构件';

const d = article({
  key: 'zhongkai-ultra-hd',
  title: '仲恺高新区超高清视频产业加快集聚',
  byline: ['钟雨晴', '叶帆'],
  date: DATE,
  parks: ['惠州仲恺高新区'],
  companies: ['惠州华昱光电科技有限公司'],
  paragraphs: [
    '今年上半年，惠州仲恺高新区超高清视频显示产业实现产值486亿元，同比增长9.8%。从面板、模组到整机，一条超高清视频产业链正在这里加快集聚。目前，区内已有超高清视频相关企业180余家。',
    `在惠州华昱光电科技有限公司的生产车间，一块块Mini LED背光摸组正在下线。公司总经理曾志伟介绍，企业今年新增两条自动化产线，背光模组月产能提高到30万片，产品主要供应国内电视品牌。`,
    `产业链配套不断完善。仲恺高新区围绕整机企业需求，引进了光学膜、${D3_SPLIT}等配套企业40余家，整机企业本地采购比例超过55%。今年以来，区内新签约超高清视频产业项目19个，计划总投资超过120亿元。`,
    '仲恺高新区还建设了超高清视频内容制作基地，吸引影视后期、直播电商等企业入驻，推动“硬件+内容”协同发展。下一步，仲恺高新区将加快建设超高清视频产业创新中心，支持企业开展8K显示、激光显示等技术攻关。',
  ],
});

export const page: PageMaker = {
  num: 305,
  summary:
    'columns of unequal widths read across: three articles in columns of 15, 11 and 9 characters (headlines on the same OCR lines), then one article flowing from an 18-character column into a 12-character one',
  misreads: [
    ['背光摸组', '背光模组'],
    ['办洁29件', '办结29件'],
  ],
  make() {
    const random = new Random(305);
    const noise = new Noise(random, { half: 0.5, asciiSpace: 0.3, stray: 0.006 });
    const set = (x: typeof a, width: number, last: string) => [...wrap(x.title!, width), ...column(x.paragraphs, width, noise, { last })];
    const three = across([set(a, 15, '（记者 梁嘉欣）'), set(b, 11, '（通讯员 区文杰）'), set(c, 9, '（记者 莫晓彤）')], [15, 11, 9], random, 0.3);
    // The article below flows from the left column into the right one in the middle of a sentence.
    const [d1, d2, d3, d4] = d.paragraphs as string[];
    const at = d3!.indexOf(D3_SPLIT);
    const left = column([d1!, d2!, d3!.slice(0, at)], 18, noise);
    const right = [...noise.lines(wrap(d3!.slice(at), 12)), ...column([d4!], 12, noise, { last: '（记者 钟雨晴 通讯员 叶 帆）' })];
    const lines = ['南粤园区周刊', '2023年7月6日  第5版  湾区园区', '', ...three, '', '', d.title!, ...across([left, right], [18, 12], random, 0.2), '', '本版编辑 麦 琳'];
    const junk = ['南粤园区周刊', '2023年7月6日', '第5版', '湾区园区', '（记者 梁嘉欣）', '（通讯员', '（记者 钟雨晴', '本版编辑'];
    return { raw: `${lines.join('\n')}\n`, junk, articles: [a, b, c, d] };
  },
};
