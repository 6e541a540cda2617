// 308 — a magazine feature: section label with its English line, title and subtitle, a 文丨 byline
// with a 图丨 credit, two-line captions (摄影丨…, 图丨…) dropped in mid-sentence, a pull quote
// repeating a sentence of the text dropped inside another paragraph, a page break with folios and
// running heads mid-sentence, subheads, and a 记者手记 box (fake bold title) as its own article.
import { article } from '../article.ts';
import { boldRuns, column, insertAfter } from '../layout.ts';
import { Noise } from '../noise.ts';
import type { PageMaker } from '../page.ts';
import { Random } from '../random.ts';

const CAPTIONS = ['深圳湾科技生态园的空中连廊将12栋楼宇连为一体。摄影丨林涛', '深圳睿光医疗器械有限公司的工程师在公共实验室调试便携式超声设备。图丨受访单位'];
const QUOTE = '在这里，找合作伙伴往往只需要坐一趟电梯。';
const SUBHEADS = new Set(['把产业链“竖”起来', '服务跟着企业走']);

const a = article({
  key: 'shenzhen-bay-ecopark',
  title: '深圳湾科技生态园：一栋楼里的“创新生态”',
  subtitle: '探访深圳高新区南区的产业社区',
  byline: ['黄嘉怡'],
  captions: CAPTIONS,
  parks: ['深圳湾科技生态园', '深圳高新区'],
  companies: ['深圳澜舟智算科技有限公司', '深圳睿光医疗器械有限公司'],
  paragraphs: [
    '早上八点半，深圳湾科技生态园的连廊上已经人来人往。在这片占地约20万平方米的园区里，12栋高楼通过空中连廊相连，聚集着1300多家企业，从芯片设计、人工智能到生物医药，几乎覆盖了深圳所有的战略性新兴产业。',
    `“${QUOTE}”深圳澜舟智算科技有限公司创始人邱文博说。公司去年从南山区的一栋写字楼搬到生态园，研发的AI推理芯片需要和算法公司、整机厂商频繁对接，而这些伙伴大多就在同一个园区。`,
    '把产业链“竖”起来',
    '生态园的规划思路被称为“垂直产业杜区”：低层布置中试车间和公共实验室，中层是研发办公，高层配套人才公寓和会议中心。深圳高新区相关负责人介绍，这种布局让企业从研发到小批量试产都能在园区内完成，“产业链在楼宇之间‘竖’了起来”。',
    '深圳睿光医疗器械有限公司就受益于这种布局。公司研发的便携式超声设备，样机在园区的公共实验室完成电磁兼客测试，再到楼下的中试车间小批量组装，整个流程比过去缩短了约三个月。',
    '服务跟着企业走',
    '园区运营方组建了一支60多人的企业服务团队，提供政策申报、知识产权、融资对接等“一站式”服务。去年，团队帮助园区企业申报各类扶持资金4.2亿元，组织投融资路演48场，促成融资超过30亿元。',
    '园区还设立了创业服务中心，为初创团队提供免费工位、创业导师和法律咨询服务。过去三年，从这里“毕业”的初创企业中，有40多家已成长为国家高新技术企业。',
    '对于下一步，园区运营方表示，将引入更多概念验证中心和中试平台，并探索与周边高校共建联合实验室，让早期科研成果在园区里找到“第一个客户”。',
    '在深圳高新区，像这样的产业社区还有多个。数据显示，2022年深圳高新区南区以约11.5平方公里的面积，贡献了超过6000亿元的营业收入。如何在有限的空间里承载更多创新，仍是这里持续探索的课题。',
  ],
});

const box = article({
  key: 'reporters-note',
  title: '记者手记',
  paragraphs: [
    '采访中，记者发现一个细节：生态园的许多会议室不属于任何一家企业，而是按小时向园区所有企业开放预约。一位企业负责人说，他们很多合作就是在这些会议室里“偶遇”出来的。',
    '产业社区的意义，或许不只是把企业聚在一起，而是让创新要素在日常的碰撞中自然流动。对于其他地方的园区来说，硬件可以复制，这种开放共享的氛围却需要长期培育。这或许正是生态园最难被看见、也最值得借鉴的地方。',
  ],
});

function featureLines(noise: Noise): string[] {
  let lines = a.paragraphs.flatMap((p) => (SUBHEADS.has(p as string) ? ['', noise.line(p as string), ''] : column([p], 20, noise)));
  lines = insertAfter(lines, '12栋高楼通过空中', ['', '', '深圳湾科技生态园的空中连廊将12栋', '楼宇连为一体。  摄影丨林 涛', '', '']);
  lines = insertAfter(lines, '低层布置中试', ['', '', ...noise.lines(['“在这里，找合作伙伴', '往往只需要坐一趟电梯。”']), '', '']);
  lines = insertAfter(lines, '实验室完成电磁', ['', '36', '科技园区 TECH PARKS  2023.09', '', '园区样本 | CASE STUDY', '37', '']);
  return insertAfter(lines, '组织投融资路演', ['', '', '深圳睿光医疗器械有限公司的工程师在公共实', '验室调试便携式超声设备。  图丨受访单位', '', '']);
}

export const page: PageMaker = {
  num: 308,
  summary:
    'magazine feature: section label with English line, 文丨/图丨 credits, two-line captions dropped mid-sentence, a pull quote inside a paragraph, folios and running heads at a page break, a 记者手记 box as its own article',
  misreads: [
    ['垂直产业杜区', '垂直产业社区'],
    ['电磁兼客', '电磁兼容'],
  ],
  make() {
    const noise = new Noise(new Random(308), { half: 1, asciiSpace: 0.2, stray: 0.004 });
    const lines = [
      '园区样本 | CASE STUDY',
      '',
      a.title!,
      noise.line(a.subtitle!),
      '',
      '文丨黄嘉怡　图丨受访单位',
      '',
      ...featureLines(noise),
      '',
      '',
      boldRuns(box.title!),
      ...column(box.paragraphs, 20, noise),
      '',
      '38',
    ];
    const junk = ['园区样本', 'CASE STUDY', '文丨黄嘉怡', '摄影丨林涛', '图丨受访单位', '科技园区 TECH PARKS', '2023.09', '记者手记记者手记'];
    return { raw: `${lines.join('\n')}\n`, junk, articles: [a, box] };
  },
};
