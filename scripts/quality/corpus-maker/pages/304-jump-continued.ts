// 304 — an article jumping from page 1 to page 3 with the wording （转第3版） … （紧接第1版） and its
// headline repeated in full on page 3: the masthead and date box of page 1, the lead article cut
// inside a word, a complete short article under it, page 3's running head and editors, the
// repeated headline, the rest, and another complete article. Bylines above the text and in
// 本报讯（记者…） / 本报讯（通讯员…） leads.
import { article } from '../article.ts';
import { boldChars, column } from '../layout.ts';
import { Noise } from '../noise.ts';
import type { PageMaker } from '../page.ts';
import { Random } from '../random.ts';

const DATE = '2023-04-12';
const TITLE = '厦门火炬高新区：平板显示产业链向“高端”攀升';

const a = article({
  key: 'xiamen-displays',
  title: TITLE,
  byline: ['郑雅琳', '黄志成'],
  date: DATE,
  parks: ['厦门火炬高新区'],
  companies: ['厦门光澜显示科技有限公司', '厦门晶彩新材料有限公司'],
  paragraphs: [
    '4月10日，在厦门火炬高新区的厦门光澜显示科技有限公司，一条新建的车载显示模组产线开始批量生产。“这条线主要做12.3英寸以上的大尺寸车载屏，订单已经排到了三季度。”公司生产总监叶锦辉说。',
    '平板显示是厦门火炬高新区的第一大产业。今年一季度，区内平板显示产业实现产值312亿元，同比增长12.6%，其中车载显示、医疗显示等中高端产品的产值占比提高到41%。目前，全区已形成从玻璃基板、面板、模组到整机的完整产业链，集聚上下游企业200余家。',
    '向高端攀升，靠的是持续的技术投入。厦门光澜显示科技有限公司近三年累计投入研发经费9.8亿元，自主开发的低反射贴合技术，使车载屏在强光下依然清晰可见。另一家企业厦门晶彩新材料有限公司研发的量子点光学膜，已通过多家面板厂商的认证，今年有望实现量产。',
    '为加快产业链补短板，厦门火炬高新区设立了平板显示产业专项扶持资金，对关键材料、核心装备等项目给予最高3000万元的设备补助。去年以来，区内新引进偏光片、驱动芯片封侧等配套项目14个，本地配套率提升至63%。',
    '产业链上下游的协同也在加深。园区牵头组建了平板显示产业创新联合体，由龙头企业出题，高校院所和配套企业共同攻关。联合体成立一年来，已联合攻关技术难题26项，其中8项成果实现了产业化应用。今年，联合体还将围绕车规级显示开展可靠性测试标准研究。',
    '厦门火炬高新区管委会相关负责人表示，下一步将聚焦新型显示技术，推动Micro LED、柔性显示等前沿方向的研发和中试，力争到2025年平板显示产业产值突破1500亿元。',
  ],
});

const b = article({
  key: 'jimei-science-deputies',
  title: '集美区首批“科技副总”上岗',
  byline: ['洪晓燕'],
  date: DATE,
  paragraphs: [
    '4月11日，集美区首批18名“科技副总”到企业报到。这些“科技副总”来自集美大学、厦门理工学院等高校，将在企业兼职2年，帮助企业解决技术难题、开展人才培养。首批“科技副总”中，有教授、副教授11名，研究方向涵盖智能制造、新材料、生物技术等领域。',
    '集美区科技局相关负责人介绍，区里将为每名“科技副总”提供每年3万元的工作经费，并将其服务成效作为职称评审的重要参考。',
  ],
});

const c = article({
  key: 'haicang-ic-park',
  title: '海沧区集成电路产业园二期开工',
  byline: ['苏明'],
  date: DATE,
  parks: ['海沧区集成电路产业园'],
  companies: ['厦门芯途半导体有限公司', '厦门合晟精密机械有限公司'],
  paragraphs: [
    '4月11日，海沧区集成电路产业园二期项目开工建设。项目总投资26亿元，规划建设标准厂房、研发楼等18万平方米，建成后将重点引进芯片设汁、封装测试和设备零部件企业。',
    '目前，园区一期已入驻企业46家，2022年实现营业收入108亿元。厦门芯途半导体有限公司、厦门合晟精密机械有限公司等企业已签约入驻二期。二期项目计划于2025年建成投用。',
  ],
});

export const page: PageMaker = {
  num: 304,
  summary: 'article jumping from page 1 to page 3: （转第3版） inside a word, page 3 running head, headline repeated in full, （紧接第1版）; two other articles with 本报讯（记者…）/（通讯员…） leads',
  misreads: [
    ['封侧', '封测'],
    ['芯片设汁', '芯片设计'],
  ],
  make() {
    const noise = new Noise(new Random(304), { half: 0.15, asciiSpace: 0.25, stray: 0.004 });
    const linesA = column(a.paragraphs, 17, noise);
    // Page 1 ends inside a word: …实现量 | 产。 goes on on page 3.
    const cut = linesA.findIndex((l) => l.replace(/\s/gu, '').includes('量产。'));
    const line = linesA[cut];
    if (cut < 0 || line === undefined) throw new Error('304: no line to cut; retune the text');
    const at = line.lastIndexOf('量') + 1;
    const page1 = [...linesA.slice(0, cut), line.slice(0, at)];
    const page3 = [...(line.slice(at).trim() ? [line.slice(at).trim()] : []), ...linesA.slice(cut + 1)];
    const lines = [
      '鹭岛日报',
      'LUDAO DAILY',
      '2023年4月12日 星期三',
      '农历癸卯年闰二月廿二',
      '今日12版  第1版 要闻',
      '',
      boldChars(TITLE),
      '本报记者 郑雅琳 通讯员 黄志成',
      ...page1,
      '（转第3版）',
      '',
      b.title!,
      ...column(b.paragraphs, 17, noise, { first: '本报讯（记者 洪晓燕） ' }),
      '',
      '2023年4月12日 星期三          第3版          要闻',
      '责任编辑 许 佳  美编 蔡 琳  校对 陈 敏',
      '',
      TITLE,
      '（紧接第1版）',
      ...page3,
      '',
      c.title!,
      ...column(c.paragraphs, 17, noise, { first: '本报讯（通讯员 苏 明） ' }),
      '',
    ];
    const junk = [
      '鹭岛日报',
      'LUDAO DAILY',
      '农历癸卯年闰二月廿二',
      '今日12版',
      '第1版 要闻',
      boldChars(TITLE).slice(0, 8),
      '本报记者',
      '转第3版',
      '第3版',
      '责任编辑 许佳',
      '美编 蔡琳',
      '校对 陈敏',
      '紧接第1版',
      TITLE,
      '本报讯（记者',
      '本报讯（通讯员',
    ];
    return { raw: `${lines.join('\n')}\n`, junk, articles: [a, b, c] };
  },
};
