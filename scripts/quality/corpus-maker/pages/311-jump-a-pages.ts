// 311 — an article jumping from page A1 to page A3 with the wording 下转A3版 … 上接A1版 and a short
// headline on A3, set in a 15-character column with a blank line between printed lines: A1's
// masthead and 导读 box (page index), the lead article (run-doubled headline) cut inside a word, a
// complete short article; A3's running head, another complete article, then the short headline,
// （上接A1版） and the rest.
import { article } from '../article.ts';
import { boldRuns, column, joinLines } from '../layout.ts';
import { Noise } from '../noise.ts';
import type { PageMaker } from '../page.ts';
import { Random } from '../random.ts';

const DATE = '2023-08-24';

const a = article({
  key: 'jiangbei-innovation-vouchers',
  title: '江北新区创新券“券”出企业研发活力',
  byline: ['顾婉清'],
  date: DATE,
  parks: ['南京江北新区'],
  companies: ['南京微澜医疗科技有限公司', '江苏衡测检测技术有限公司'],
  paragraphs: [
    '8月以来，南京江北新区第三批科技创新券集中兑什，216家中小企业共获得创新券补贴3860万元，其中首次申领的企业有93家。“一张券，就让我们把检测费用降了一半。”南京微澜医疗科技有限公司负责人朱晓东说。',
    '科技创新券是江北新区支持中小企业研发的一项普惠政策。企业向区内高校院所、检测机构和研发平台购买技术服务时，可用创新券抵扣50%至70%的费用，单个企业每年最高可获得50万元。今年以来，新区已发放创新券1.2亿元，比去年同期增长35%。',
    '创新券“券”出了研发活力。南京微澜医疗科技有限公司研发的一次性内窥镜，需要做大量生物相容性测试，仅检测费用就要上百万元。借助创新券，企业在区内的第三方检测平台完成了全部测试，比原计划提前两个月提交注册申请。',
    '创新券也带活了区内的科技服务市场。江北新区的江苏衡测检测技术有限公司去年承接创新券项目420多个，营收增长近四成。公司总经理孙一鸣说，很多中小企业第一次接触专业检测机构就是通过创新券，“用过一次，后面就成了长期客户”。',
    '记者了解到，今年新区还将创新券的支持范围扩大到概念验证、中试熟化等环节，覆盖企业从研发到产业化的更多阶段。已有30多家企业用创新券购买了中试服务。',
    '为让政策更好用，江北新区今年对创新券进行了升级：申领、使用、兑付全流程线上办理，兑付周期从原来的3个月缩短到30个工作日；服务机构范围扩大到长三角地区，企业可以跨区城使用创新券购买服务。',
    '江北新区科技创新局相关负责人表示，下一步将探索设立“创新券+”模式，把创新券与科技贷款、知识产权质押融资等政策衔接起来，帮助更多中小企业迈过研发投入的“门槛”。',
  ],
});

const b = article({
  key: 'biomedicine-valley-platforms',
  title: '南京生物医药谷新增4个公共服务平台',
  byline: ['宋雨桐'],
  date: DATE,
  parks: ['南京生物医药谷'],
  paragraphs: [
    '日前，南京生物医药谷新增细胞治疗、基因检测等4个公共服务平台，可为园区企业提供工艺开发、质量检测等服务。平台采取市场化运营，中小企业使用可享受优惠价格。目前，生物医药谷已建成公共服务平台32个，集聚生物医药企业900余家。今年下半年，生物医药谷还将建设一个共享实验动物中心。',
  ],
});

const c = article({
  key: 'jiangbei-talent-housing',
  title: '江北新区人才安居房开放申请',
  byline: ['江宣'],
  date: DATE,
  parks: ['江北新区'],
  paragraphs: [
    '8月21日起，江北新区第二批人才安居房开放申请，共推出房源1200套，面向在新区工作的高层次人才和青年人才。符合条件的人才可按市场租金的50%至70%租住，最长可租5年。申请人可通过“江北人才”小程序在线提交材料。首批入住的人才预计10月可拿到钥匙。',
  ],
});

export const page: PageMaker = {
  num: 311,
  summary: 'article jumping from A1 to A3: 导读 box, 下转A3版 inside a word, A3 running head, another article first, a short repeated headline and （上接A1版）; blank lines between printed lines',
  misreads: [
    ['集中兑什', '集中兑付'],
    ['跨区城', '跨区域'],
  ],
  make() {
    const noise = new Noise(new Random(311), { half: 0.4, asciiSpace: 0.3, stray: 0.004 });
    const linesA = column(a.paragraphs, 15, noise);
    const cut = linesA.findIndex((l) => l.replace(/\s/gu, '').includes('三方检测平台'));
    const line = linesA[cut];
    if (cut < 0 || line === undefined) throw new Error('311: no line to cut; retune the text');
    const at = line.indexOf('检') + 1;
    const lines = [
      '江海商报',
      'JIANGHAI BUSINESS NEWS',
      '2023年8月24日 星期四',
      '第A1版 要闻',
      '',
      '导读',
      'A2 江北新区上半年GDP同比增长7.1%',
      'A3 人才安居房开放申请',
      'A4 “苏超”周末开赛 门票今起发售',
      '',
      boldRuns(a.title!),
      '本报记者 顾婉清',
      ...linesA.slice(0, cut),
      line.slice(0, at),
      '（下转A3版）',
      '',
      b.title!,
      ...column(b.paragraphs, 15, noise, { first: '本报讯（记者 宋雨桐） ' }),
      '',
      '2023年8月24日 星期四  A3  新区·经济  编辑 周 舟  美编 李 然',
      '',
      c.title!,
      ...column(c.paragraphs, 15, noise, { first: '本报讯（通讯员 江 宣） ' }),
      '',
      '创新券“券”出研发活力',
      '（上接A1版）',
      line.slice(at).trim(),
      ...linesA.slice(cut + 1),
    ];
    const junk = [
      '江海商报',
      'JIANGHAI BUSINESS NEWS',
      '2023年8月24日 星期四',
      '第A1版',
      '导读',
      '上半年GDP同比增长7.1%',
      '门票今起发售',
      '江北新区创新券江北新区创新券',
      '本报记者 顾婉清',
      '下转A3版',
      '上接A1版',
      '新区·经济',
      '编辑 周舟',
      '美编 李然',
      '创新券“券”出研发活力',
      '本报讯（记者',
      '本报讯（通讯员',
    ];
    return {
      raw: joinLines(
        lines.filter((l, i) => l !== '' || lines[i - 1] !== ''),
        true,
      ),
      junk,
      articles: [a, b, c],
    };
  },
};
