// 303 — a newspaper page with a full headline stack: a 栏目 label with its pinyin line, then one
// article with 引题 (kicker), 主题 (title, fake bold read run by run) and 副题 (——subtitle), led by
// 本报讯（记者… 通讯员…）, set in a 16-character column with a 图为… photo caption and its credit
// dropped mid-sentence and one letter-spaced line; a second article led by 【本报讯】 with a
// trailing （通讯员…）; the page head (folio, date, section, editors) and the page's mailbox.
import { article } from '../article.ts';
import { boldRuns, column, insertAfter, letterSpace } from '../layout.ts';
import { Noise } from '../noise.ts';
import type { PageMaker } from '../page.ts';
import { Random } from '../random.ts';

const DATE = '2023-05-22';

const a = article({
  key: 'binjiang-biomedicine',
  kicker: '从“一块地”到“一条链”',
  title: '杭州高新区（滨江）生物医药产业集聚成势',
  subtitle: '一季度生物医药产业营收同比增长19.4%',
  byline: ['陈晓雯', '林浩'],
  date: DATE,
  captions: ['图为杭州麦迪森生物科技有限公司研发人员在进行细胞培养实验。林浩摄'],
  parks: ['杭州高新区（滨江）'],
  companies: ['杭州麦迪森生物科技有限公司', '杭州启明生物材料有限公司', '浙江瑞培生物技术有限公司'],
  paragraphs: [
    '今年一季度，杭州高新区（滨江）生物医药产业实现营业收入126.8亿元，同比增长19.4%，增速居全区各主导产业前列。记者近日走访了解到，从引进一个项目到形成一条产业链，该区生物医药产业正加快集聚成势。',
    '走进杭州麦迪森生物科技有限公司的研发中心，一排排自动化细胞培养设备正在运行。公司去年在滨江拿下一块30亩的产业用地，建设抗体药物中试基地。“从拿地到主体结顶用了不到一年，区里专门安排了服务专员，遇到问题随时协调。”公司副总经理邵文杰说，基地投用后，企业的抗休药物研发周期有望缩短半年以上。',
    '龙头企业落地，带动了上下游企业跟进。为麦迪森提供一次性生物反应袋的杭州启明生物材料有限公司，去年把生产基地搬到了滨江；做细胞培养基的浙江瑞培生物技术有限公司也在附近租下了厂房。“客户就在隔壁，新产品打样、验证都方便，运输成本也降下来了。”启明生物材料总经理冯晓东说。',
    '为让产业链“链”得更紧，杭州高新区（滨江）编制了生物医药产业链图谱，梳理出37个缺失和薄弱环节，有针对性地开展招商。去年以来，全区新引进生物医药项目41个，其中亿元以上项目12个。同时，该区投入4.6亿元建设生物医药公共服务平台，为中小企业提供药物筛选、动物实验、质量检测等服务，已累计服务企业300余家次。',
    '人才是生物医药产业发展的关键。杭州高新区（滨江）对引进的生物医药领军人才团队给予最高1000万元项目资助，并配套建设人才公寓1200套。今年一季度，区内生物医药企业新增硕士以上研发人员近400人。',
    '滨江区相关负责人表示，下一步将加快建设生物医药产业园二期，完善从研发、中试到产业化的全链条服务，力争到2025年生物医药产业营业收入突破600亿元。',
  ],
});

const b = article({
  key: 'xiaoshan-research-institutes',
  title: '萧山经开区新增两家省级企业研究院',
  byline: ['方圆'],
  date: DATE,
  parks: ['萧山经开区'],
  companies: ['杭州远帆智能装备有限公司', '浙江博瑞新材料股份有限公司'],
  paragraphs: [
    '近日，浙江省科学技术厅公布2023年省级企业研究院认定名单，萧山经开区的杭州远帆智能装备有限公司、浙江博瑞新材料股份有限公司榜上有名。至此，萧山经开区省级企业研究院己达28家。',
    '据了解，远帆智能装备省级企业研究院主要开展工业机器人关节模组研发，近三年累计投入研发经费1.1亿元，获得发明专利23件；博瑞新材料省级企业研究院聚焦高性能工程塑料改性，产品已应用于新能源汽车电池包等领域。',
    '今年以来，萧山经开区落实企业研发投入奖补政策，兑现奖补资金5800万元，推动规上工业企业研发机构覆盖率提升至68%。',
  ],
});

export const page: PageMaker = {
  num: 303,
  summary: 'newspaper page with 栏目 label and pinyin line, 引题 + 主题 (run-doubled) + ——副题, 本报讯（记者…） and 【本报讯】 leads, a 图为… caption dropped mid-sentence, a letter-spaced line',
  misreads: [
    ['抗休药物', '抗体药物'],
    ['己达28家', '已达28家'],
  ],
  make() {
    const random = new Random(303);
    const noise = new Noise(random, { half: 0.8, asciiSpace: 0.3, stray: 0.004 });
    let bodyA = column(a.paragraphs, 16, noise, { first: '本报讯（记者 陈晓雯 通讯员 林 浩） ' });
    bodyA = insertAfter(bodyA, '自动化细胞培', ['', '图为杭州麦迪森生物科技有限公司研发人员在', '进行细胞培养实验。    林 浩 摄', '']);
    const spread = bodyA.findIndex((l) => l.replace(/\s/gu, '').includes('质量检测等服务'));
    if (spread < 0) throw new Error('303: no line to spread; retune the text');
    bodyA[spread] = letterSpace(bodyA[spread]!);
    const bodyB = column(b.paragraphs, 16, noise, { first: '【本报讯】', last: '（通讯员 方 圆）' });
    const lines = [
      '8         2023年5月22日  星期一          园区经济',
      '                              责任编辑 赵 敏   版式 孙 雪',
      '',
      '园区观察',
      'YUANQU GUANCHA',
      '',
      noise.line(a.kicker!),
      boldRuns(a.title!),
      noise.line(`——${a.subtitle}`),
      '',
      ...bodyA,
      '',
      '',
      b.title!,
      ...bodyB,
      '',
      '本版邮箱：yqjj2023@zjkjb.cn',
    ];
    const junk = [
      '2023年5月22日 星期一',
      '园区经济',
      '责任编辑 赵敏',
      '版式 孙雪',
      '园区观察',
      'YUANQU GUANCHA',
      '杭州高新区杭州高新区',
      '本报讯（记者',
      '林浩 摄',
      '【本报讯】',
      '（通讯员 方圆）',
      '本版邮箱',
      'yqjj2023@zjkjb.cn',
    ];
    return { raw: `${lines.join('\n')}\n`, junk, articles: [a, b] };
  },
};
