// 310 — a 简讯 page of seven short items in a 18-character column: some led by ▲ and a headline on
// its own line (one read as doubled characters), some led by a headline in 【】 running on into the
// text; a photo caption with its credit between two items; the page head and a closing call for
// news tips. Every item is an article whose title is its lead phrase.
import { article, type Article } from '../article.ts';
import { boldChars, column, wrap } from '../layout.ts';
import { Noise } from '../noise.ts';
import type { PageMaker } from '../page.ts';
import { Random } from '../random.ts';

const DATE = '2023-09-20';
type Lead = 'triangle' | 'triangle-bold' | 'bracket';

const item = (key: string, title: string, lead: Lead, text: string, facts: Partial<Article> = {}) => ({
  lead,
  article: article({ key, title, date: DATE, paragraphs: [text], ...facts }),
});

const ITEMS = [
  item(
    'zhengzhou-research-centres',
    '郑州高新区新增3家省级工程研究中心',
    'triangle',
    '近日，河南省发展改革委公布新一批省级工程研究中心名单，郑州高新区的郑州宇驰电气有限公司、河南中锐检测技术有限公司、郑州新源光电科技有限公司3家企业牵头申报的工程研究中必入选。至此，郑州高新区省级以上工程研究中心达到58家。这些研究中心将围绕智能电网装备、检验检测、光电材料等领域开展技术攻关，推动科研成果转化。',
    { parks: ['郑州高新区'], companies: ['郑州宇驰电气有限公司', '河南中锐检测技术有限公司', '郑州新源光电科技有限公司'] },
  ),
  item(
    'taiyuan-service-map',
    '太原高新区上线“企业服务地图”',
    'bracket',
    '9月15日，太原高新区“企业服务地图”正式上线。企业通过手机即可查询区内闲置厂房、人才公寓、公共服务平台等资源的位置和价格，并在线提交用地、融资等需求。上线首周，平台访问量超过1.2万人次，收到企业需求86条。太原高新区将根据企业反馈，逐步增加政策计算器、供需对接等功能。',
    { parks: ['太原高新区'] },
  ),
  item(
    'nanning-ai-contest',
    '南宁高新区举办首届人工智能应用大赛',
    'triangle-bold',
    '9月16日至17日，南宁高新区首届人工智能应用大赛举行，来自广西、广东等地的62支团队参赛，项目涵盖智慧农业、智能制造、城市治理等领域。经过两天角逐，广西智耘农业科技有限公司的“甘庶病虫害智能识别系统”获得一等奖。大赛获奖项目可优先入驻南宁高新区人工智能产业园，并获得最高50万元的创业扶持资金。',
    { parks: ['南宁高新区人工智能产业园'], companies: ['广西智耘农业科技有限公司'], captions: ['南宁高新区首届人工智能应用大赛决赛现场。通讯员韦宁摄'] },
  ),
  item(
    'kunming-biomedicine-exports',
    '昆明高新区生物医药企业出口增长',
    'bracket',
    '今年1至8月，昆明高新区生物医药企业实现出口额9.6亿元，同比增长28.3%，产品销往东南亚、南亚等30多个国家和地区。区内的云南滇草堂药业有限公司开发的植物提取物产品，今年以来出口额同比翻番。目前，区内已有出口实绩的生物医药企业达到47家。昆明高新区将继续支持企业开展国际注册认证，拓展海外市场。',
    { parks: ['昆明高新区'], companies: ['云南滇草堂药业有限公司'] },
  ),
  item(
    'fuzhou-research-institutes',
    '福州高新区两个新型研发机构获认定',
    'triangle',
    '近日，福建省科技厅公布2023年度省级新型研发机构名单，福州高新区的福州闽芯集成电路研究院、福建海峡智能制造研究院入选。两家机构今年以来已孵化科技企业11家，为企业提供技术服务300余项。',
    { parks: ['福州高新区'], companies: ['福州闽芯集成电路研究院', '福建海峡智能制造研究院'] },
  ),
  item(
    'lanzhou-chemical-park',
    '兰州新区化工园区新增5个投产项目',
    'bracket',
    '今年以来，兰州新区精细化工园区新增投产项目5个，总投资43亿元，主要生产医药中间体、电子化学品等产品。园区已建成危化品运输专用通道和应急救援中心，安全保障能力进一步提升。园区还引进了第三方环境监测机构，对重点企业排放实行在线监测。预计全年园区产值将突破120亿元。',
    { parks: ['兰州新区精细化工园区'] },
  ),
  item(
    'hefei-quantum-park',
    '合肥高新区量子产业园二期开园',
    'triangle',
    '9月18日，位于合肥高新区的量子产业园二期正式开园，首批入驻量子计算、量子精密测量等领域企业14家。二期建筑面积5.6万平方米，配套建设了超低温实验平台和精密加工中心，可为入驻企业提供样机试制和测试服务。目前，合肥高新区已集聚量子相关企业60余家，产业规模位居全国前列。',
    { parks: ['合肥高新区'] },
  ),
];

function itemLines(lead: Lead, a: Article, noise: Noise): string[] {
  const text = a.paragraphs[0] as string;
  if (lead === 'bracket') return noise.lines(wrap(`【${a.title}】${text}`, 18));
  const head = lead === 'triangle-bold' ? `▲${boldChars(a.title!)}` : `▲${noise.line(a.title!)}`;
  return [head, ...column([text], 18, noise)];
}

export const page: PageMaker = {
  num: 310,
  summary: '简讯 page: seven items led by ▲ with a headline line (one char-doubled) or by a 【headline】 running into the text, a caption between items, page head and a call for news tips',
  misreads: [
    ['工程研究中必', '工程研究中心'],
    ['甘庶', '甘蔗'],
  ],
  make() {
    const noise = new Noise(new Random(310), { half: 0.9, asciiSpace: 0.3, stray: 0.005 });
    const lines = ['6', '园区简讯', '2023年9月20日 星期三', '责任编辑 韩 雪', ''];
    for (const { lead, article: a } of ITEMS) {
      lines.push(...itemLines(lead, a, noise), '');
      if (a.captions.length > 0) lines.push('南宁高新区首届人工智能应用大赛决赛现', '场。        通讯员 韦 宁 摄', '');
    }
    lines.push(noise.line('欢迎各园区提供新闻线索，邮箱：yqjx@gxcyb.cn'));
    const junk = ['园区简讯', '2023年9月20日 星期三', '责任编辑 韩雪', '▲', '【', '南南宁宁高高', '通讯员 韦宁 摄', '欢迎各园区提供新闻线索', 'yqjx@gxcyb.cn'];
    return { raw: `${lines.join('\n')}\n`, junk, articles: ITEMS.map((i) => i.article) };
  },
};
