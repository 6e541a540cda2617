// 309 — a park's work report as text from a PDF: document number, title over two lines, sections
// （一）, items 1. (run-in heads) and sub-items （1）, a small table ruled with │ (one cell wrapped
// onto a second row), form feeds between pages with the page number (- 2 -) falling mid-sentence,
// paragraphs indented and hard-wrapped at 24 characters, the issuing body and the date at the end.
import { article, Table } from '../article.ts';
import { column, insertAfter, wrap } from '../layout.ts';
import { Noise } from '../noise.ts';
import type { PageMaker } from '../page.ts';
import { Random } from '../random.ts';

const TABLE = new Table(
  [
    ['指标', '单位', '完成值', '同比增长（%）'],
    ['高新技术企业数', '家', '1786', '7.6'],
    ['科技型中小企业数', '家', '2315', '12.4'],
    ['技术合同成交额', '亿元', '42.6', '23.5'],
    ['发明专利授权量', '件', '1208', '9.1'],
  ],
  [
    '指标              │ 单位 │ 完成值 │ 同比增长(%)',
    '高新技术企业数    │ 家   │ 1786   │ 7.6',
    '科技型中小企业数  │ 家   │ 2315   │ 12.4',
    '技术合同成交额    │ 亿元 │ 42.6   │ 23.5',
    '发明专利授权量    │ 件   │ 1208   │ 9.1',
  ],
);

const a = article({
  key: 'dalian-report',
  title: '大连高新区关于2023年上半年科技创新工作情况的报告',
  date: '2023-07-20',
  parks: ['大连高新区'],
  companies: ['大连辽创智能装备研究院', '大连驰远船舶科技有限公司'],
  comment: 'body: the table is a Markdown table (header row, --- row, one line per row)',
  paragraphs: [
    '今年以来，大连高新区坚持把科技创新作为发展的第一动力，围绕建设具有国际影响力的创新高地，扎实推进各项重点工作，主要科技创新指标保持较快增长。现将有关情况报告如下。',
    '（一）主要指标完成情况',
    '上半年，全区高新技术企业净增126家，总数达到1786家；技术合同成交额42.6亿元，同比增长23.5%；新增省级以上研发平台18个。主要指标完成情况见表1。',
    '从结构看，新一代信息技术、高端装备和生物医药三大领域的高新技术企业占全区总数的71%，集聚态势进一步显现。',
    '表1 2023年上半年主要科技创新指标完成情况',
    TABLE,
    '（二）重点工作进展',
    '1.创新主体培育。实施高新技术企业“育苗”计划，建立后备企业库，入库企业达到860家。',
    '（1）强化分类辅寻。组织专家团队对入库企业开展“一对一”辅导，举办政策宣讲和申报培训12场，覆盖企业1100余家次。',
    '（2）加大奖补力度。对首次认定的高新技术企业给予20万元奖励，上半年兑现奖励资金3200万元。',
    '（3）优化服务流程。推行高新技术企业认定“帮办”服务，企业申报材料平均准备时间缩短约40%。',
    '2.创新平台建设。大连辽创智能装备研究院、大连海澜新材料中试基地投入运营，新增省级重点实验室3个、省级技术创新中心5个。',
    '3.成果转化服务。依托大连市技术转移中心，举办成果对接活动9场，促成校企合作项目64项。大连驰远船舶科技有限公司与高校合作研发的船用氢燃料电池系统完成实船测试。',
    '4.科技金融支持。设立规模10亿元的科技创新基金，上半年完成投资项目8个，投资金额2.1亿元；为科技型中小企业发放“科技贷”5.6亿元，惠及企业210家。',
    '（三）存在的问题',
    '一是企业研发投入结构仍不均衡，研发投入主要集中在少数龙头企业；二是中试熟化能力不足，部分成果在中试环节停滞；三是高层次人才引进难度加大；四是科技服务机构专业化水平有待提升。对此，我们将在下半年工作中重点加以解决。',
    '（四）下半年工作安排',
    '1.深入实施科技企业梯废培育工程，力争全年高新技术企业总数突破1900家。',
    '2.加快建设概念验证中心和中试基地，新建中试平台3个以上，推动更多科研成果在区内转化落地。',
    '3.完善人才政策体系，全年引进各类高层次人才200人以上，新建人才公寓500套。',
    '4.深化与大连理工大学等高校院所合作，共建联合研发平台2个以上。',
  ],
});

const isHead = (p: string) => /^（[一二三四五六七八九十]）/u.test(p) || p.startsWith('表1');

export const page: PageMaker = {
  num: 309,
  summary: 'work report from a PDF: document number, two-line title, （一）/1./（1） numbering, a table ruled with │, form feeds and page numbers mid-sentence, issuing body and date at the end',
  misreads: [
    ['分类辅寻', '分类辅导'],
    ['梯废培育', '梯度培育'],
  ],
  make() {
    const noise = new Noise(new Random(309), { half: 0.3, asciiSpace: 0.2, stray: 0.003 });
    let body = a.paragraphs.flatMap((p) => {
      if (p instanceof Table) return [...p.rawLines];
      const text = p as string;
      if (isHead(text)) return ['', noise.line(text)];
      return /^（?\d/u.test(text) ? noise.lines(wrap(text, 24)) : column([text], 24, noise);
    });
    body = insertAfter(body, '一对一', ['', '- 2 -', '\f大高管发〔2023〕27号']);
    body = insertAfter(body, '中试熟化', ['', '- 3 -', '\f大高管发〔2023〕27号']);
    const lines = [
      '大高管发〔2023〕27号',
      '',
      '',
      '大连高新区关于2023年上半年',
      '科技创新工作情况的报告',
      '',
      '市科技局：',
      '',
      ...body,
      '',
      '',
      '                         大连高新技术产业园区管理委员会',
      '                                   2023年7月20日',
      '',
      '- 4 -',
    ];
    const junk = ['大高管发〔2023〕27号', '市科技局：', '- 2 -', '- 3 -', '- 4 -', '大连高新技术产业园区管理委员会', '2023年7月20日', '│'];
    return { raw: `${lines.join('\n')}\n`, junk, articles: [a] };
  },
};
