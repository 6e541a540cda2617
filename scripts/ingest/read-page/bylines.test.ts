import { describe, expect, it } from 'vitest';
import { parseBylineLine, splitDateline, splitTrailingByline } from './bylines.ts';

describe('parseBylineLine', () => {
  it.each([
    ['马壮壮 泉轩', ['马壮壮', '泉轩']],
    ['李琳琳 赵成平', ['李琳琳', '赵成平']],
    ['▶▶ 胡明慧', ['胡明慧']],
    ['▶▶ 王继红 姜城程', ['王继红', '姜城程']],
    ['□首席记者 吴燕翎 通讯员 费婷', ['吴燕翎', '费婷']],
    ['本报记者 李 秋', ['李秋']],
    ['(本报记者李秋整理)', ['李秋']],
    ['主讲:梁伟(徐州市科学技术局党组书记、局长)', ['梁伟']],
    ['湖畔新城管委会主任 郑志远', ['郑志远']],
    ['记者 张伟 北京报道', ['张伟']],
    ['本报记者 张伟 报道', ['张伟']],
    ['記者林宜蓁／新竹報導', ['林宜蓁']],
    ['記者 陳志明', ['陳志明']],
    // Names set letter-spaced: two or three single characters are one name, four are two.
    ['□ 记者 顾 言 蒋 澄', ['顾言', '蒋澄']],
    ['本报记者 于 海 洋  通讯员 曲 晓', ['于海洋', '曲晓']],
    ['记者 李 秋平', ['李秋平']],
    ['本报记者 杭 宁 / 文', ['杭宁']],
    ['本报讯 记者 邹蕾 通讯员 林一凡 报道', ['邹蕾', '林一凡']],
    ['文／钱晓岚　图／毛 睿', ['钱晓岚']],
    ['湖滨高新区党工委副书记、管委会主任　宋建国', ['宋建国']],
  ])('%s', (line, names) => {
    expect(parseBylineLine(line)?.names).toEqual(names);
  });
  it.each([
    '精准滴灌 靶向出击',
    '决战三季度 跑出“加速度”',
    '产才融合 补链强链',
    '启动创新驱动引擎 助力产业转型升级',
    '徐州高新区',
    '产能将提升3倍。”公司副总裁 庞卫',
    '新闻报道',
    '深度报道 聚焦园区',
  ])('%s is not a byline', (line) => {
    expect(parseBylineLine(line)).toBeUndefined();
  });
  it('keeps a lecturer line with a post as text as well', () => {
    expect(parseBylineLine('主讲:梁伟(徐州市科学技术局党组书记、局长)')?.keepAsText).toBe(true);
  });
});

describe('an outlet before its reporter', () => {
  it('is no name: the reporter is', () => {
    expect(parseBylineLine('澎湃新闻记者 赵一鸣')?.names).toEqual(['赵一鸣']);
    expect(parseBylineLine('湖畔日报记者 张明 通讯员 李静')?.names).toEqual(['张明', '李静']);
  });
});

describe('splitDateline', () => {
  it('takes the dateline of an outlet or an agency, with names bracketed or set between spaces', () => {
    expect(splitDateline('新华社北京5月11日电（记者 周明远）记者11日获悉')).toEqual({ text: '记者11日获悉', names: ['周明远'], raw: '新华社北京5月11日电（记者 周明远）' });
    expect(splitDateline('湖畔晚报讯 记者张昊 通讯员程学勇 昨日下午，')).toMatchObject({ text: '昨日下午，', names: ['张昊', '程学勇'] });
    expect(splitDateline('【本报讯】近日，浙江省')).toMatchObject({ text: '近日，浙江省', names: [] });
    // Reporters listed with an enumeration comma.
    expect(splitDateline('新华社湖畔5月18日电（记者 张明、李静）记者18日获悉')).toMatchObject({ text: '记者18日获悉', names: ['张明', '李静'] });
  });
  it('takes the reporter a Hong Kong paper says reports, after its dateline', () => {
    expect(splitDateline('【湖港日報訊】記者陳家明報道：科學園公司昨日公布')).toEqual({ text: '科學園公司昨日公布', names: ['陳家明'], raw: '【湖港日報訊】記者陳家明報道：' });
  });
  it('takes a Taiwan paper’s bracketed reporter and place of filing, in either script', () => {
    expect(splitDateline('〔記者王小明／湖濱報導〕湖濱科學園區一家廠商')).toEqual({ text: '湖濱科學園區一家廠商', names: ['王小明'], raw: '〔記者王小明／湖濱報導〕' });
    expect(splitDateline('〔记者王小明、李大同/台北报导〕今年以来')).toMatchObject({ text: '今年以来', names: ['王小明', '李大同'] });
    // A bracketed aside that files nothing is no dateline.
    expect(splitDateline('〔记者王小明〕今年以来')).toBeUndefined();
  });
  it('leaves text that merely holds 讯 alone', () => {
    expect(splitDateline('华为通讯设备落户湖畔')).toBeUndefined();
  });
});

describe('Traditional characters', () => {
  it('reads a trailing byline and a dateline printed in Traditional, and gives them back as printed', () => {
    expect(splitTrailingByline('產能可望倍增。（記者 陳志明）')).toEqual({ text: '產能可望倍增。', byline: { names: ['陳志明'], raw: '（記者 陳志明）' } });
    expect(splitDateline('本報訊（記者 陳志明）今年以來')).toEqual({ text: '今年以來', names: ['陳志明'], raw: '本報訊（記者 陳志明）' });
  });
});

describe('splitTrailingByline', () => {
  it('splits names set after the last sentence', () => {
    expect(splitTrailingByline('扎实打造最优营商环境。 王昌梅')).toEqual({ text: '扎实打造最优营商环境。', byline: { names: ['王昌梅'], raw: '王昌梅' } });
    expect(splitTrailingByline('推动产业链高端攀升。张晓培 潘凤萍 张双琳 经开轩')?.byline.names).toEqual(['张晓培', '潘凤萍', '张双琳', '经开轩']);
  });
  it('leaves sentences that merely continue alone', () => {
    expect(splitTrailingByline('这是一句话。徐州市')).toBeUndefined();
    expect(splitTrailingByline('他说。 我们')).toBeUndefined();
  });
});

describe('bylines in other forms', () => {
  it.each([
    ['本报记者 张 伟 实习生 李明远', ['张伟', '李明远']],
    ['本报通讯员 赵 敏 记者 孙 丽', ['赵敏', '孙丽']],
    ['□记者 周立 通讯员 吴 强', ['周立', '吴强']],
    ['文/本刊记者 李娜', ['李娜']],
    ['撰文：張偉', ['張偉']],
    ['某某区管委会主任 郑志远', ['郑志远']],
    ['（陈 锋）', ['陈锋']],
    ['(记者 孙晓东 通讯员 高 远)', ['孙晓东', '高远']],
  ])('%s', (line, names) => {
    expect(parseBylineLine(line)?.names).toEqual(names);
  });
  it.each(['（相关资料图）', '（资料图片）', '（一）', '（简称“鑫华”）', '某某区管委会主任'])('%s is not a byline', (line) => {
    expect(parseBylineLine(line)).toBeUndefined();
  });
  it('splits a bracketed byline off the end of the last paragraph', () => {
    expect(splitTrailingByline('让更多项目落地见效。（记者 张伟 通讯员 李 明）')).toEqual({
      text: '让更多项目落地见效。',
      byline: { names: ['张伟', '李明'], raw: '（记者 张伟 通讯员 李 明）' },
    });
  });
});

describe('splitDateline', () => {
  it('takes the reporters out of a 本报讯 dateline and leaves the text', () => {
    expect(splitDateline('本报讯（记者 林 珊） 今年上半年，')).toEqual({ text: '今年上半年，', names: ['林珊'], raw: '本报讯（记者 林 珊）' });
    expect(splitDateline('本报讯 今年以来，')?.text).toBe('今年以来，');
    expect(splitDateline('本报3月2日讯（记者 张伟）近日')?.names).toEqual(['张伟']);
  });
  it('leaves other paragraphs alone', () => {
    expect(splitDateline('今年以来，本报讯')).toBeUndefined();
  });
});

describe('bylines beside other credits', () => {
  it('reads the writer and leaves the photo credit', () => {
    expect(parseBylineLine('文丨黄晓明　图丨受访单位')?.names).toEqual(['黄晓明']);
  });
  it('does not read a box label as a byline', () => {
    expect(parseBylineLine('记者手记')).toBeUndefined();
  });
});

describe('a bracketed credit with a colon after each role', () => {
  it.each([
    ['（记者：陈思远 李航  摄像：赵磊）', ['陈思远', '李航', '赵磊']],
    ['（撰稿：王秀兰  审稿：刘建国）', ['王秀兰']],
    ['（本报记者：张伟 通讯员：李强）', ['张伟', '李强']],
    ['（记者：林晓  编辑：吴桐）', ['林晓']],
  ])('%s credits %j', (line, names) => {
    expect(parseBylineLine(line)?.names).toEqual(names);
  });
  it.each(['（编辑：孙悦）', '（资料来源：市统计局）', '（注：数据截至6月底）'])('credits no writer in %s', (line) => {
    expect(parseBylineLine(line)).toBeUndefined();
  });
});

it('does not take a box’s marked label for a byline (相关链接 opens with a surname, but is a word)', () => {
  expect(parseBylineLine('■相关链接')).toBeUndefined();
  expect(parseBylineLine('■欧阳晓明')?.names).toEqual(['欧阳晓明']);
});

it('takes a site’s or a station’s 消息 off the lead, with the programme it aired in', () => {
  expect(splitDateline('湖滨网消息（湖滨新闻联播）：11月5日，湖滨高新区举行')?.text).toBe('11月5日，湖滨高新区举行');
  expect(splitDateline('央视网消息：近日，')?.text).toBe('近日，');
  expect(splitDateline('网友消息称，园区')).toBeUndefined();
});

it('reads who wrote and shot a piece (文/图) and reporters set apart from their role after 本报讯', () => {
  expect(parseBylineLine('（本报记者 张三 李四 文/图）')?.names).toEqual(['张三', '李四']);
  expect(parseBylineLine('张三 文/图')?.names).toEqual(['张三']);
  expect(parseBylineLine('图/文 张三')?.names).toEqual(['张三']);
  expect(splitDateline('本报讯 记者 王芳 通讯员 李强 近日，')).toMatchObject({ text: '近日，', names: ['王芳', '李强'] });
  expect(splitDateline('本报讯 记者从园区获悉，')).toMatchObject({ text: '记者从园区获悉，', names: [] });
});

it('splits off names in brackets without a role after the last sentence, never a bracketed word', () => {
  expect(splitTrailingByline('支持企业开展研发。（周 晴 吴 越）')?.byline.names).toEqual(['周晴', '吴越']);
  expect(splitTrailingByline('办法自印发之日起施行。（试行）')).toBeUndefined();
  expect(splitTrailingByline('这是结论。（资料图片）')).toBeUndefined();
});

it('reads a spaced name before 整理 as the compiler’s, and a photo credit as no byline', () => {
  expect(parseBylineLine('（本报记者 蔡 琳 整理）')?.names).toEqual(['蔡琳']);
  expect(parseBylineLine('本报记者 蔡 琳 摄')).toBeUndefined();
  expect(parseBylineLine('通讯员 章 程 摄')).toBeUndefined();
  expect(parseBylineLine('本报记者 张三')?.names).toEqual(['张三']);
});

it('splits off a trailing byline whose role the line broke (（通 / 讯员 储 佳）)', () => {
  expect(splitTrailingByline('园区企业已达56家。（通 讯员 储 佳）')).toMatchObject({ text: '园区企业已达56家。', byline: { names: ['储佳'] } });
  expect(splitTrailingByline('園區企業已達56家。（記 者 陳 明）')).toMatchObject({ text: '園區企業已達56家。', byline: { names: ['陳明'], raw: '（記 者 陳 明）' } });
});

it('reads a bracketed credit of the writer and the photos with colons, the reporter’s unit left out', () => {
  expect(parseBylineLine('（文/图：滨海高新区融媒体中心 张帆）')?.names).toEqual(['张帆']);
  expect(parseBylineLine('（文：张帆）')?.names).toEqual(['张帆']);
  expect(parseBylineLine('（文：张帆 图：李四）')?.names).toEqual(['张帆', '李四']);
  expect(parseBylineLine('（审核：王五）')).toBeUndefined();
});

it('splits off a unit’s credit for an item (（经济发展局供稿）), naming no one', () => {
  expect(splitTrailingByline('产值增长11.2%。(经济发展局供稿）')).toEqual({ text: '产值增长11.2%。', byline: { names: [], raw: '(经济发展局供稿）' } });
  expect(splitTrailingByline('他说，这批产品供稿（件）不足。')).toBeUndefined();
});

it('reads a Hong Kong site’s bracketed opening, the place set apart by a space, as a dateline (not a name)', () => {
  expect(splitDateline('【記者 何嘉欣 深圳報道】今年以來，前海')).toEqual({ text: '今年以來，前海', names: ['何嘉欣'], raw: '【記者 何嘉欣 深圳報道】' });
});

it('reads a writer’s credit behind a box’s mark (■ 文／甲  乙)', () => {
  expect(parseBylineLine('■ 文／郑远航  刘 芸')?.names).toEqual(['郑远航', '刘芸']);
  expect(parseBylineLine('■ 园区新增三家企业')).toBeUndefined();
});
