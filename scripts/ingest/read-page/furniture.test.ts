import { describe, expect, it } from 'vitest';
import { furnitureKind, mastheadParts, RULE } from './furniture.ts';

describe('furnitureKind', () => {
  it.each([
    ['5    科技园区    2024年3月2日 星期六    责任编辑 张 伟  美术编辑 李 娜', 'credit'],
    ['责任编辑：王 强  组版：赵 敏  校对：孙 丽', 'credit'],
    ['编辑丨陈晨', 'credit'],
    ['A2  要闻  2023年5月4日 星期四  责编 王芳  美编 李静', 'credit'],
    ['2024年3月2日 星期六', 'page-head'],
    ['2024年3月2日  星期六          第6版          区域经济', 'page-head'],
    ['18  创新周刊 2024年第5期', 'page-head'],
    ['— 4 —', 'folio'],
    ['12', 'folio'],
    ['湖滨日报', 'masthead'],
    // A paper's name with the page printed after it; a section of news is no paper.
    ['湖滨日报 A3', 'masthead'],
    ['湖滨日报　第5版', 'masthead'],
    ['澎湃新闻', 'masthead'],
    ['综合新闻', 'section'],
    ['本地新闻', 'section'],
    ['要闻', 'section'],
    // A web article's editors in brackets at its end, its original title, an app's teaser link.
    ['（责编：李华、赵敏）', 'credit'],
    ['【编辑：王强】', 'credit'],
    ['原标题：《湖滨：科创飞地让人才“周末来”》', 'meta'],
    ['打开湖滨新闻，阅读全文', 'chrome'],
    // A feed's post: its date with where it was posted; its report and comment buttons.
    ['2023-05-06 10:12·江苏', 'meta'],
    ['2023-05-06 10:12 发布于江苏', 'meta'],
    ['举报/反馈', 'chrome'],
    ['发表评论', 'chrome'],
    ['阅读下一篇：', 'tail-marker'],
    // A company site's menu names 关于我们 and 联系我们 but opens with 首页: not the page's end.
    ['首页  关于我们  新闻中心  产品中心  联系我们', 'chrome'],
    ['关于我们 | 联系我们 | 网站地图', 'tail-marker'],
    ['新闻中心 > 企业新闻', 'chrome'],
    ['HUBIN DAILY', 'masthead'],
    ['特别报道 SPECIAL REPORT', 'section'],
    ['农历甲辰年正月廿二', 'almanac'],
    ['今日12版', 'almanac'],
    ['今日天气 晴 8℃～19℃', 'almanac'],
    ['本版投稿邮箱：news@example.org', 'contact'],
    ['欢迎提供新闻线索  电话：0000-1234567', 'contact'],
    ['当前位置：首页 > 新闻中心 > 园区动态', 'chrome'],
    ['首页 > 财经 > 科技', 'chrome'],
    ['【字号：大 中 小】【打印本页】【关闭窗口】', 'chrome'],
    ['分享到：', 'chrome'],
    ['WhatsApp', 'chrome'],
    ['字級 小 中 大', 'chrome'],
    ['X', 'chrome'],
    ['关键词：专精特新 高新区', 'chrome'],
    ['APP下载', 'chrome'],
    ['免责声明：本文转自其他媒体，不代表本网观点。如有侵权请联系删除！', 'tail-marker'],
    ['点击蓝字 关注我们', 'chrome'],
    ['分享 收藏 点赞 在看', 'chrome'],
    ['阅读 3056', 'chrome'],
    ['[图片]', 'chrome'],
    ['#园区 #创新', 'chrome'],
    ['广告', 'advert'],
    ['Advertisement', 'advert'],
    ['发布时间：2024-03-02 10:12:33  来源：某市科技局', 'meta'],
    ['原创 张三 湖滨发布 2024-03-02 18:00 发表于浙江', 'meta'],
    ['2024-03-02 10:12', 'page-head'],
    ['— END —', 'tail-marker'],
    ['往期推荐', 'tail-marker'],
    ['相关新闻', 'tail-marker'],
    ['资料来源：湖滨网', 'tail-marker'],
    ['© 2024 湖滨网 版权所有', 'tail-marker'],
  ])('%s is %s', (line, kind) => {
    expect(furnitureKind(line)).toBe(kind);
  });
  it.each([
    '湖畔新城：开局良好',
    '2024年工作安排的报告',
    '关于湖畔新城2023年工作情况和',
    '近日，湖畔新城召开工作会议，部署全年工作。',
    '本报记者 张 伟',
    '文/本刊记者 李 娜',
    '（记者 张 伟）',
    '新闻',
    '增速＞5%',
    '湖畔新城召开2023年上半年经济运行分析会',
    '（编辑部供稿，有删节。）',
    '打开窗户，阅读全文的时候他想起了往事。',
    '一、2023年工作回顾',
    '面积达12万平方米，同比增长8.6%，',
  ])('leaves article text alone: %s', (line) => {
    expect(furnitureKind(line)).toBeUndefined();
  });
});

describe('page-jump notes', () => {
  it.each(['（下转第4版）', '（上接第1版）', '(转A3版)', '湖畔新城再出发（上接第1版）'])('%s is article structure, not furniture', (line) => {
    expect(furnitureKind(line)).toBeUndefined();
  });
});

it('leaves a photo credit to the captions', () => {
  expect(furnitureKind('图片来源：湖畔新城')).toBeUndefined();
});

describe('menus, app chrome and teaser heads', () => {
  it.each([
    ['首页　走进园区　新闻中心　政务公开　投资服务', 'chrome'],
    ['无障碍 | 长者模式 | 简 | 繁', 'chrome'],
    ['请输入关键字 搜索', 'chrome'],
    ['+关注', 'chrome'],
    ['+ 关注', 'chrome'],
    ['電郵', 'chrome'],
    ['排版 | 王  悦', 'credit'],
    ['Like我們的Facebook專頁，緊貼最新資訊', 'chrome'],
    ['【港聞】', 'section'],
    ['1.2024年度科技项目申报指南.pdf', 'chrome'],
    ['附件：', 'tail-marker'],
    ['看更多：', 'chrome'],
    ['列印', 'chrome'],
    ['产业观察  INDUSTRY WATCH  37', 'section'],
    ['湖滨产业资讯网　首页 | 园区动态 | 产业新闻 | 政策解读 | 招商服务', 'chrome'],
    ['<    湖滨新闻              ⋯', 'chrome'],
    ['产业 / 智能制造', 'chrome'],
    ['Share: 微信 | 微博 | LinkedIn', 'chrome'],
    ['You may also like', 'tail-marker'],
    ['相关附件：', 'tail-marker'],
    ['湖滨新闻客户端', 'masthead'],
    ['湖畔之声 FM98.6 《早间新闻》文字稿', 'masthead'],
    ['湖滨广播电视台', 'masthead'],
    ['相关推荐', 'tail-marker'],
    ['大家都在看', 'tail-marker'],
  ])('%s is %s', (line, kind) => {
    expect(furnitureKind(line)).toBe(kind);
  });
  it.each(['精准滴灌 靶向出击 补链强链 产才融合', '张伟 李娜 王强 赵敏'])('leaves headlines and bylines alone: %s', (line) => {
    expect(furnitureKind(line)).toBeUndefined();
  });
});

describe('a video player and a public document’s catalogue', () => {
  it.each([
    ['00:00 / 02:16', 'chrome'],
    ['1:02:03/1:45:00', 'chrome'],
    ['视频加载中，请稍候...', 'chrome'],
    ['正在加载', 'chrome'],
    ['播放 暂停 全屏', 'chrome'],
    ['播放  |  下载客户端看高清', 'chrome'],
    ['打开APP阅读全文', 'chrome'],
    ['[视频]  02:06', 'placeholder'],
    ['（字幕：园区企业100余家）', 'placeholder'],
    ['<<上一版    下一版>>', 'chrome'],
    ['抄送：市科技局、市财政局。', 'page-head'],
    ['某某国家高新区管委会文件', 'page-head'],
    ['中图分类号：F127    文献标识码：A    文章编号：1009-2021(2021)03-0058-05', 'page-head'],
    ['某某  某 某：科学城语境下的园区创新生态建设        ·59·', 'page-head'],
    ['■广告  某某手机 618焕新季 以旧换新最高补贴800元  0371-6688 5520', 'advert'],
    ['<<返回本版目录    上一篇    下一篇>>', 'chrome'],
    ['相关视频', 'tail-marker'],
    ['索 引 号：01234567-8/2023-00018        主题分类：科技、教育', 'chrome'],
    ['（此件公开发布）', 'chrome'],
  ])('%s is %s', (line, kind) => {
    expect(furnitureKind(line)).toBe(kind);
  });
  it.each([
    '他下载客户端后看了三遍节目，觉得很好',
    '（字幕组的志愿者都来自园区企业，已翻译纪录片12部，还在继续。）',
    '播放量突破1000万次，成为园区宣传片中最受欢迎的一部。',
    '正在加载货物的卡车排成长队。',
    '下午2:30，签约仪式开始。',
  ])('leaves text alone: %s', (line) => {
    expect(furnitureKind(line)).toBeUndefined();
  });
});

describe('a page index (导读)', () => {
  it.each(['导读', 'A2 湖畔新城上半年GDP增长7.1%', '第3版 人才公寓开放申请'])('%s is chrome', (line) => {
    expect(furnitureKind(line)).toBe('chrome');
  });
});

describe('magazine running heads', () => {
  it.each([
    ['园区样本 | CASE STUDY', 'section'],
    ['科技园区 TECH PARKS  2024.03', 'page-head'],
  ])('%s is %s', (line, kind) => {
    expect(furnitureKind(line)).toBe(kind);
  });
});

describe('official documents', () => {
  it.each([
    ['湖管发〔2024〕12号', 'page-head'],
    ['市科技局：', 'meta'],
    ['各有关单位：', 'meta'],
  ])('%s is %s', (line, kind) => {
    expect(furnitureKind(line)).toBe(kind);
  });
  it('keeps a speech’s salutation', () => {
    expect(furnitureKind('同志们：')).toBeUndefined();
  });
});

it('reads a saved page’s read-on prompt as an advert’s', () => {
  expect(furnitureKind('請繼續往下閱讀...')).toBe('advert');
});

it('reads a station’s name off its transcript’s head, frequency and programme left out', () => {
  expect(mastheadParts('湖畔之声 FM98.6 《早间新闻》文字稿')).toEqual({ name: '湖畔之声' });
  expect(mastheadParts('湖滨交通广播 调频 101.2')).toEqual({ name: '湖滨交通广播' });
  // Letter-spaced, and a paper's e-paper, read as the paper.
  expect(mastheadParts('湖 畔 晚 报')).toEqual({ name: '湖畔晚报' });
  expect(mastheadParts('湖畔日报数字报')).toEqual({ name: '湖畔日报' });
  // A footer's link is no paper.
  expect(furnitureKind('訂閱電子報')).not.toBe('masthead');
  expect(mastheadParts('湖畔日报 第３版')).toEqual({ name: '湖畔日报', page: '第3版' });
});

describe('a portal’s repost', () => {
  it.each([
    ['返回某某网，查看更多', 'chrome'],
    ['阅读 (1523)', 'chrome'],
    ['声明：该文观点仅代表作者本人，某某号系信息发布平台。', 'tail-marker'],
    ['平台声明：该文观点仅代表作者本人', 'tail-marker'],
  ])('%s is %s', (line, kind) => {
    expect(furnitureKind(line)).toBe(kind);
  });
  it('keeps a statement that is the text', () => {
    expect(furnitureKind('声明：本公司从未授权任何机构以公司名义招商。')).toBeUndefined();
  });
});

it('reads a press release’s label and its issuing unit as the page’s, not the article’s', () => {
  expect(furnitureKind('新闻稿')).toBe('chrome');
  expect(furnitureKind('发布单位：投资组')).toBe('meta');
});

it('reads an e-paper’s list of pages and the page’s own label as its head, a numbered line as text', () => {
  expect(furnitureKind('第A03版：园区经济')).toBe('page-head');
  expect(furnitureKind('A01：要闻')).toBe('page-head');
  expect(furnitureKind('上一版  下一版')).toBe('chrome');
  expect(furnitureKind('1：推进产业链招商')).toBeUndefined();
  expect(furnitureKind('湖畔日报    ２０２１年１１月３日  星期三    第３版')).toBe('page-head');
});

it('reads a WeChat post’s collection, account and read-on prompt, a printed rule and letter-spaced editors as furniture; a letter-spaced byline as no menu', () => {
  expect(furnitureKind('收录于合集')).toBe('chrome');
  expect(furnitureKind('#园区动态 32个')).toBe('chrome');
  expect(furnitureKind('微信号：hkgxqfb')).toBe('chrome');
  expect(furnitureKind('戳“阅读原文”了解更多')).toBe('chrome');
  expect(furnitureKind('以上内容来源于湖滨日报、湖滨经济发展局')).toBe('tail-marker');
  expect(furnitureKind('────────────────')).toBe('placeholder');
  expect(furnitureKind('审核：王 斌')).toBe('credit');
  expect(furnitureKind('□ 记者 顾 言 蒋 澄')).toBeUndefined();
});

describe('counters, rights notices and meta rows', () => {
  it.each(['阅读量：3826', '2.6万粉丝 · 财经领域创作者', '2.3万阅读 · 评论 45', '👍 36   💬 8', '本文已被阅读 1.2万 次', '阅读 2.1k'])('%s counts readers: chrome', (line) => {
    expect(furnitureKind(line)).toBe('chrome');
  });
  it.each(['本文为湖科媒原创，转载请联系授权。', '本文由湖滨财经观察原创，欢迎关注，带你了解更多财经资讯。'])('%s is a rights notice: chrome', (line) => {
    expect(furnitureKind(line)).toBe('chrome');
  });
  it.each(['by 傅子轩 | Sep 5, 2023 | 阅读 2.1k', '2023-11-08 09:47 · 湖滨财经观察 · 发布于湖畔'])('%s is a meta row', (line) => {
    expect(furnitureKind(line)).toBe('meta');
  });
  it.each(['3小时前', '2023年收入增长30%', '湖滨 | 2023年5月1日开工的项目·进展', '阅读', '本文介绍了园区的发展'])('leaves %s alone', (line) => {
    expect(furnitureKind(line)).toBeUndefined();
  });
  it('never ends the page at a repost note at its head', () => {
    expect(furnitureKind('本文转自湖滨日报')).not.toBe('tail-marker');
  });
  it('reads an event’s time as its text, a page’s time as meta', () => {
    expect(furnitureKind('时间：2023年12月6日上午10:00')).toBeUndefined();
    expect(furnitureKind('时间：2023-12-06 16:20')).toBe('meta');
  });
});

describe('a page’s furniture of the sixth round', () => {
  it.each([
    ['06 | 园区快讯 | 2024年8月23日 星期五 | 编辑：许 静', 'page-head'],
    ['版面导航：A01 要闻 | A02 要闻 | A03 城事 | A07 产经 | A08 文体', 'chrome'],
    ['A01 要闻｜A02 城事｜A03 产经', 'chrome'],
    ['紫外线指数 中等  空气质量 良', 'almanac'],
    ['本版图片除署名外均由受访单位提供', 'credit'],
    ['本報社址：新竹市東區光復路一段XX號　訂報專線：(03)5XX-XXXX　廣告專線：(03)5XX-XXXX', 'contact'],
    ['▼点击图片查看政策全文▼', 'chrome'],
    ['听全文', 'chrome'],
  ])('%s is %s', (line, kind) => {
    expect(furnitureKind(line)).toBe(kind);
  });
  it.each([
    '空气质量持续改善，全年优良天数达到300天。',
    '1.南京高新区发布新产品',
    '本版编排的三篇稿件讲述了园区的故事。',
    '地址选在园区东侧，占地120亩。',
    '点击图片中的产品即可下单的功能已经上线。',
  ])('leaves %s alone', (line) => {
    expect(furnitureKind(line)).toBeUndefined();
  });
});

describe('a bulletin’s furniture', () => {
  it.each(['报：市委、市政府，市委办、市政府办', '发：园区各部门、各单位', '（共印60份）', '【本期要目】'])('%s is furniture', (line) => {
    expect(furnitureKind(line)).toBeDefined();
  });
  it.each(['报：今年一季度完成产值100亿元。', '发展：园区经济稳中有进'])('leaves %s alone', (line) => {
    expect(furnitureKind(line)).toBeUndefined();
  });
});

describe('a broadcast script’s production notes', () => {
  it.each(['《德清新闻》播出稿', '本期时长：15分钟', '（口播  时长：40秒）', '（时长：2分40秒）', '播出日期：2024年11月6日（星期三）', '德清县融媒体中心'])('%s is furniture', (line) => {
    expect(furnitureKind(line)).toBeDefined();
  });
  it.each(['时长：活动持续了三天三夜，参加者很多。', '他说，节目时长还要再压缩一些。'])('leaves %s alone', (line) => {
    expect(furnitureKind(line)).toBeUndefined();
  });
});

describe('a web page’s markers inside its text', () => {
  it.each([
    ['－－ 廣告 －－', 'advert'],
    ['—— 广告 ——', 'advert'],
    ['【相關閱讀】前海推出港澳青年創業新措施　最高資助100萬元', 'chrome'],
  ])('%s is %s', (line, kind) => {
    expect(furnitureKind(line)).toBe(kind);
  });
  it('keeps a sentence that opens with the label', () => {
    expect(furnitureKind('【相关阅读】园区还推出了十项措施，支持青年创业。')).toBeUndefined();
  });
});

it('reads a column’s topic of the issue (本期话题：…) as the column’s', () => {
  expect(furnitureKind('本期话题：让科研成果在园区“就地转化”')).toBe('section');
});

it('reads an e-paper’s zoom buttons and its list of the page’s other pieces as furniture', () => {
  expect(furnitureKind('放大  缩小  默认')).toBe('chrome');
  expect(furnitureKind('[放大+]  [缩小-]  [默认]')).toBe('chrome');
  expect(furnitureKind('本版其他稿件：')).toBe('tail-marker');
  expect(furnitureKind('放大招商效应')).toBeUndefined();
});

it('reads a page’s credits as labelled fields, however long the line, as a credit', () => {
  expect(furnitureKind('本版策划：孟 琦    统筹：白 雪    本版稿件除署名外由哈尔滨新区管委会提供')).toBe('credit');
  expect(furnitureKind('设计：园区的规划由一家设计院完成，策划阶段历时两年，耗资三千万元，建成后将成为地标。')).toBeUndefined();
});

it('leaves a web page’s meta line with its authors among labelled fields to the meta reader', () => {
  expect(furnitureKind('2024-09-03 08:15:26    来源：西安日报    作者：赵一鸣 刘静    编辑：马晓慧')).toBe('meta');
});

it('reads a box’s frame drawn with corners as a printed rule', () => {
  expect(RULE.test('┌───────────┐')).toBe(true);
  expect(RULE.test('└───────────┘')).toBe(true);
});
