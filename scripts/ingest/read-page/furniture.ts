// Page furniture: what a newspaper, a magazine, a website or a phone app prints around articles
// and that belongs to no article. Each test reads one line on its own evidence; lines are matched
// in Simplified characters (Traditional text is read through its Simplified form), so 發佈時間 is
// 发布时间.
// The words are the trade's own (责任编辑, 版式, 字号, 阅读原文…), never a source's.
import { asciiAlnum, countHan, endsSentence, printedWidth } from '../char-classes.ts';
import { simplifiedChars } from '../../../src/core/script.ts';
import { FURNITURE } from './knobs.ts';
import { readJump } from './page-jumps.ts';
import { fullDates } from './printed-date.ts';
import { rememberByText } from '../../../src/core/remember-by-text.ts';

export type FurnitureKind =
  | 'credit' // 责任编辑 刘畅　美术编辑 王琳, 编辑丨周蕾
  | 'page-head' // 2023年9月11日 星期一　第3版　园区经济, 24　高新观察 2023年第10期
  | 'folio' // 7, — 2 —, 第 3 页
  | 'masthead' // 芜湖日报, WUHU DAILY, 科技产业周报
  | 'section' // a section label (栏目) printed in the page head: 园区传真, 封面故事 COVER STORY
  | 'almanac' // 农历癸卯年四月廿八, 今日8版, 今日天气 多云 22℃
  | 'contact' // 本版投稿邮箱：…, 新闻热线, 电话：…
  | 'chrome' // 首页 > 财经, 【字号：大 中 小】, 分享到, Facebook, 阅读原文, 点击蓝字关注我们
  | 'advert' // 广告, Advertisement, 继续阅读下文
  | 'placeholder' // [图片], [视频], ▲▲▲, 0 0
  | 'meta' // 发布时间：2023-06-15 09:32　来源：…, 原创 作者 账号 2023-08-01 18:00 发表于江苏
  | 'tail-marker'; // — END —, 往期推荐, 相关新闻, 资料来源：…, 版权所有: all after it is chrome

const SEP = '[\\s:：丨|/｜·]';
// Bylines (文、作者、撰文) are not credits: the split stage reads them as the article's authors.
const CREDIT_ROLE = `(?:责任编辑|责编|本版编辑|美术编辑|值班编辑|实习编辑|执行编辑|编辑|美编|版式|组版|排版|校对|审核|审校|审签|复审|终审|初审|监制|统筹|策划|出品|制作|设计|视觉|图片|摄影|视频|来源|图文)`;
// A name may be set letter-spaced (`审核：王 斌`).
const CREDIT_LINE = new RegExp(`^(?:${CREDIT_ROLE}${SEP}+(?:\\p{Script=Han}(?:\\s{1,3}\\p{Script=Han}){1,3}(?=\\s|$)|\\S{1,16})\\s*){1,6}$`, 'u');
/** A web page closes its article with its editors in brackets: （责编：李华、赵敏）, 【编辑：王强】. */
const EDITORS_BRACKETED = /^[（(【[]\s*(?:责任编辑|责编|编辑|本版编辑|值班编辑|实习编辑|执行编辑|审核|审校|校对)\s*[:：]\s*[^（）()【】[\]]{2,40}[）)】\]]$/u;
const CREDIT_ANYWHERE = /(?:责任编辑|本版编辑|美术编辑|值班编辑|责编|美编|版式设计|组版|校对)[:：丨|\s]/u;
const WEEKDAY = /(?:星期|礼拜|周)[一二三四五六日天]/u;
const EDITION = /第\s*[A-Z]?\d{1,3}\s*[版页]|[A-Z]\d{1,2}\s*版|\d{4}\s*年\s*第\s*\d{1,3}\s*期|总第\s*\d+\s*期/u;
const FULL_DATE = /(?:19|20)\d{2}\s*[年./-]\s*\d{1,2}\s*[月./-]\s*\d{1,2}\s*日?/u;
/** A line that is only a date (and weekday or time): `2023年6月15日 星期四`, `2023-06-15 09:32:18`. */
const DATE_ONLY =
  /^(?:19|20)\d{2}\s*(?:年\s*\d{1,2}\s*月(?:\s*\d{1,2}\s*日)?|[./-]\s*\d{1,2}\s*[./-]\s*\d{1,2})\s*(?:[（(]?(?:星期|礼拜|周)[一二三四五六日天][)）]?)?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?$/u;
/** A post's date and time with where it was posted: `2023-05-06 10:12·江苏`, `2023-05-06 10:12 发布于江苏`. */
export const POSTED_AT =
  /^(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?\s*\d{1,2}:\d{2}(?::\d{2})?(?:\s*[·・|｜]\s*\p{Script=Han}{2,8}|\s+(?:发布于|发表于|IP属地[:：]?)\s*\p{Script=Han}{2,8}|\s+来自\s*\S.{0,24})?$/u;
/** What a feed adds to a post's time: where it was posted from, or with what (`· 江苏`, `来自 微博`). */
export const FEED_MARK = /(?:[·・|｜]\s*\p{Script=Han}{2,8}|(?:发布于|发表于|IP属地|来自)\s*\S.{0,24})$/u;
/** A page's publication fields; an event's time (`时间：…上午10:00`, a notice's field) is its text. */
const META =
  /^原标题\s*[:：]|(?:发布时间|发布日期|发表时间|更新时间|最后更新|时间(?![:：].*(?:上午|下午|晚上|中午|[至到—]))|日期|(?<!图片|图)来源|出处|稿源|发布单位|发布机构|发稿单位)\s*[:：]|^原创\s|发表于\S{0,6}$|发表于\s*(?:19|20)\d{2}/u;
/** Names or an account, then a date at the line's end: a post's byline row (`顾浩 王兰 规划之窗 2022-07-10`). */
const POSTED = /^(?:\S{1,12}\s+){1,5}(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}日?(?:\s+\d{1,2}:\d{2})?$/u;
// (A magazine prints its folio beside it at a page break: `产业观察  INDUSTRY WATCH  37`.)
const SECTION_WITH_LATIN = /^(?:\d{1,3}\s+)?\p{Script=Han}{2,8}\s*[|｜丨/]?\s*[A-Z][A-Z&' ]*[A-Z](?:\s+\d{1,3})?$/u;
const YEAR_MONTH = /^(?:19|20)\d{2}\s*(?:[./-]\s*\d{1,2}|年\s*\d{1,2}\s*月)$/u;
const FOLIO = /^(?:[-—–－~～·•・\s]*\d{1,3}[-—–－~～·•・\s]*|第\s*\d{1,3}\s*[版页]|\d{1,3}\s*\/\s*\d{1,3})$/u;
/** A printed rule (a table's, a box's, a separator's): `────────`, `==========`. */
// (A box drawn with corners, `┌────┐` / `└────┘`, is ruled the same.)
export const RULE = /^[┌└╔╚┏┗├]?[─━═╌┄\-=_—–~～·.]{4,}[┐┘╗╝┓┛┤]?$/u;
const STRAY = /^[\d\s.·•,:;|_\-–—*#=~+＋>＞<《》]{1,8}$/u;
/** A newspaper's section of news (栏目) named by its field, not a paper: 综合新闻, 本地新闻, 要闻. */
const SECTION_NEWS =
  /^(?:(?:综合|本地|本埠|国内|国际|社会|经济|财经|产经|体育|文化|文体|教育|科技|科教|时政|地方|城市|城区|区县|县区|法治|民生|图片|视觉|农村|三农|军事|健康|娱乐|县域|园区)新闻|要闻|本地要闻)$/u;
/** The site a breadcrumb starts from, when it is a paper's or a site's name (`自由时报 > 财经 > 产业`). */
export function breadcrumbSite(text: string): string | undefined {
  const t = text.trim();
  if (!BREADCRUMB.test(simplifiedChars(t))) return undefined;
  const first = t.split(/\s*[>＞»›]\s*/u)[0]!.trim();
  return MASTHEAD.test(simplifiedChars(first)) ? first : undefined;
}

/** A page label printed after a paper's name: `徐州日报 A3`, `某某日报　第5版`, `某某晚报 3版`. */
const PAGE_LABEL = /\s+((?:第\s*)?[A-Z]?[\d０-９]{1,3}\s*[版页]|[A-Z][\d０-９]{1,2})$/u;

/** A station's name over its broadcast: `某某之声 FM98.6 《早间新闻》文字稿` (a transcript's head). */
const STATION = /^(\S{2,12}?)\s*(?:FM|AM|调频|中波)\s*\d{2,4}(?:\.\d{1,2})?(?:\s*(?:MHz|兆赫|kHz|千赫))?(?:\s+\S.{0,30})?$/iu;

/** A paper's e-paper is the paper: `某某日报数字报` → `某某日报`. */
function ownPaper(name: string): string {
  const paper = name.replace(/(?:数字报|电子报|电子版)$/u, '');
  return paper !== name && MASTHEAD.test(paper) ? paper : name;
}

/** A masthead line's paper (or station) and the page label printed after it, if any. */
export function mastheadParts(text: string): { name: string; page?: string } {
  const t = text.trim();
  const station = STATION.exec(t);
  if (station) return { name: station[1]! };
  const label = PAGE_LABEL.exec(t);
  // A masthead set letter-spaced (`湖 畔 晚 报`) is read closed up.
  const closed = (name: string) => ownPaper(/^\p{Script=Han}(?:[ \u3000]+\p{Script=Han}){2,}$/u.test(name) ? name.replace(/[ \u3000]+/gu, '') : name);
  return label ? { name: closed(t.slice(0, label.index).trim()), page: asciiAlnum(label[1]!.replace(/\s+/gu, '')) } : { name: closed(t) };
}

export const MASTHEAD =
  /^\S{2,10}(?:日报|晚报|早报|时报|周报|商报|导报|快报|都市报|青年报|法制报|经济报|科技报|产经报|信息报|新闻|周刊|月刊|杂志|新闻网|网|客户端|APP|App|之声|电台|广播电台|电视台|广播电视台|简报|工作简报|信息简报|通讯)$/u;
/** A county's media centre alone on its line, at the head of its script (`某某县融媒体中心`). */
const MEDIA_CENTRE = /^\p{Script=Han}{2,10}融媒体中心$/u;
/**
 * A broadcast script's production notes: the programme's script label (`《某某新闻》播出稿`), its
 * length (`本期时长：15分钟`, `（口播  时长：40秒）`) and its air date (`播出日期：…`).
 */
const SCRIPT_NOTE = /^(?:《[^》]{2,16}》(?:播出稿|文字稿|串联单|节目单)|(?:本期|节目)?时长[:：]\s*\S{1,12}|[（(]\s*(?:口播|配音|同期)?\s*时长[:：][^（）()]{1,12}[)）]|播出(?:日期|时间)[:：].*)$/u;
const LATIN_LABEL = /^[A-Z][A-Z&'.]*(?:\s+[A-Z][A-Z&'.]*){0,5}$/u;
const ALMANAC = /^(?:农历|今日\s*\d+\s*版|本期\s*\d+\s*版|今日天气|天气[:：]|.*\d+\s*℃|第\s*\d{1,6}\s*期\s+(?:今日|本期)\s*\d+\s*版$)/u;
/** A weather box's indices (`紫外线指数 中等  空气质量 良`), under its forecast. */
const WEATHER_INDEX = /^(?:紫外线(?:指数|强度)|空气质量(?:指数)?|穿衣指数|洗车指数|感冒指数|晨练指数|舒适度指数|相对湿度|AQI)[:：\s]/iu;
/** The page's credit for its pictures or its copy (`本版图片除署名外均由受访单位提供`). */
const PAGE_CREDIT = /^本版(?:图片|照片|稿件|图表|文字)\S{0,16}(?:提供|供图|供稿|署名)/u;
/**
 * A paper's imprint: its address and its numbers on one line, however long (`本报社址：… 订报专线：…
 * 广告专线：…`). Two of these labels make one.
 */
const IMPRINT_LABEL = /(?:社址|地址|邮编|订报专线|订报热线|订阅热线|广告专线|广告热线|发行热线|新闻热线|读者热线|邮发代号|零售价|定价|印刷)[:：]/gu;
/** A page's credits as labelled fields (`本版策划：某某    统筹：某某`): two make a credit line, however long. */
const ROLE_FIELD = new RegExp(`(?:^|\\s)(?:本版)?${CREDIT_ROLE}[:：丨]`, 'gu');
/** An e-paper's row of its pages, labelled or not (`版面导航：A01 要闻 | A02 要闻 | A03 城事`). */
const PAGE_ROW = /^(?:(?:本版|版面|标题)?导航[:：]\s*)?(?:[A-Z]?\d{1,3}\s*版?\s*[:：]?\s*\p{Script=Han}{2,6}\s*[|｜]\s*)+[A-Z]?\d{1,3}\s*版?\s*[:：]?\s*\p{Script=Han}{2,6}$/u;
/** A document's handling marks, printed at its head. */
const STAMP = /^(?:(?:内部资料|内部刊物|内部参阅|注意保存|妥善保管|仅供参考|请勿外传|秘密|机密|绝密|★)\s*){1,3}$/u;
const CONTACT = /(?:投稿邮箱|投稿信箱|电子邮箱|邮箱|E-?mail|新闻热线|招商热线|服务热线|咨询热线|热线电话|新闻线索|报料|爆料|订阅热线|广告热线|发行热线|联系电话|电话|传真|邮编|地址)[:：\s]/iu;
const EMAIL_OR_URL = /^(?:\S*@\S+\.\S+|(?:https?:\/\/|www\.)\S+)$/iu;
// Two levels alone on a line (`新闻中心 > 企业新闻`, `产业 / 智能制造`) only when both are words: `增速＞5%` is text.
const BREADCRUMB =
  /^(?:当前位置|您的位置|您现在的位置|所在位置|位置)[:：]|^首页\s*[>＞»›/]|^\S{1,8}(?:\s*[>＞»›]\s*\S{1,10}){2,}$|^[\p{Script=Han}A-Za-z]{2,8}\s*[>＞»›]\s*[\p{Script=Han}A-Za-z]{2,10}$|^\p{Script=Han}{2,6}(?:\s+[/／]\s+\p{Script=Han}{2,8}){1,2}$/u;
const PLAYER = '(?:播放|暂停|全屏|退出全屏|静音|倍速|清晰度|重播|画中画)';
const APP_PROMPT = '\\S{0,4}(?:下载|打开)(?:客户端|APP|App|app)\\S{0,8}';
const CHROME = new RegExp(
  [
    '^【?字号[:：]?.{0,8}】?',
    '^字体大小',
    // A page's text-size switch: 字级 小 中 大, 字体：大 中 小.
    '^字[级体型号]\\s*[:：]?\\s*(?:[大中小特]\\s*){2,4}$',
    // …and an e-paper's zoom buttons (`放大  缩小  默认`, `[放大+]  [缩小-]`).
    '^(?:[\\[【]?(?:放大|缩小|默认|还原)[+\\-－]?[\\]】]?\\s*){2,4}$',
    '【?打印(?:本页|此页|文章)?】',
    '【?关闭(?:窗口|本页)】',
    '^分享(?:到|至)?[:：]?$',
    '^(?:分享(?:到|至)?|Share(?: this)?)[:：]\\s*(?:\\S{1,12}\\s*[|｜、,，]?\\s*){1,8}$',
    '^复制(?:链接|连结|網址|网址)$',
    '^(?:Facebook|WhatsApp|Telegram|Twitter|X|LINE|Line|Weibo|WeChat|QQ|QQ空间|微博|微信|朋友圈|新浪微博|腾讯微博|豆瓣|LinkedIn|Email|E-mail|电邮|邮件|列印|复制连结)$',
    // An e-paper's and a site's ways to the next page (`<<上一版    下一版>>`, `<<返回本版目录  上一篇`).
    '^[←<‹«]*\\s*(?:返回顶部|回到顶部|返回首页|返回列表|返回(?:本版)?目录|上一篇|下一篇|上一条|下一条|上一期|下一期|上一版|下一版)',
    // The app a saved page sends its reader to (`下载客户端看高清`).
    `^${APP_PROMPT}$`,
    // A forum post's tools.
    '只看该作者|倒序浏览|阅读模式|^发新帖$|^回复\\s*\\d+#',
    '^(?:[Xx×✕]\\s*)?(?:关闭|打印|更多|顶部|返回)$',
    '^(?:浏览次数|点击次数|点击数|阅读次数|访问量)[:：]',
    '^阅读\\s*[(（]?\\s*\\d+(?:\\.\\d+)?万?\\+?\\s*[)）]?$',
    // A portal's way back to itself under a reposted article: 返回某某，查看更多.
    '^返回\\S{1,12}?[，,\\s]*查看更多$',
    '^(?:点赞|在看|收藏|转发|评论|举报|投诉|纠错|分享)(?:\\s+(?:点赞|在看|收藏|转发|评论|举报|分享|\\d+))*$',
    '^举报\\s*[/／]\\s*反馈$|^(?:发表|写|查看|全部)(?:评论|留言)$',
    '点击(?:上方)?蓝字|关注(?:我们|该公众号|公众号)|设为星标|星标',
    '预览时标签不可点',
    // A post's prompts to its pictures and its audio player (`▼点击图片查看全文▼`, `听全文`).
    '^[▼↓⬇]+[^▼↓⬇]{1,24}[▼↓⬇]+$',
    '^点击(?:图片|视频|下图|上图|下方图片)(?:即可)?(?:查看|观看|阅读|收听|放大)',
    '^(?:听全文|听语音|收听全文|朗读全文|语音播报)$',
    '微信扫一扫',
    '(?:继续|向上)滑动看下一个',
    '^轻触阅读原文$',
    '^知道了$',
    '^(?:阅读原文|查看原文|阅读全文|展开全文|点击展开|展开阅读全文|展开详细)$',
    '^(?:APP|App|app|客户端)下载$|^(?:下载|打开)(?:APP|App|app|客户端)',
    // A web page's keywords (tags), not the article's text.
    '^(?:关键词|关键字|标签|Tags?)[:：]\\s*\\S{1,12}(?:[\\s,，、;；]+\\S{1,12}){0,8}$',
    '(?:长按|扫描?|扫一扫|识别).{0,6}二维码|二维码.{0,8}(?:关注|下载|阅读)|^扫码|^(?:手机)?扫一扫',
    '打开\\s*APP|下载\\s*APP|客户端阅读',
    // An app's share page: 打开交汇点，阅读全文; 打开某某客户端 查看更多.
    '^打开\\S{1,12}?[，,\\s]*(?:阅读|查看)(?:全文|原文|更多)$',
    '^(?:#\\S+\\s*){1,}(?:\\d+个)?$',
    // A post's collection and account: 收录于合集, 微信号：…, 戳“阅读原文”.
    '^收录于(?:合集|话题)',
    '^(?:微信号|公众号|微信公众号|ID)[:：]\\s*[\\w.-]+$',
    '^[戳点击]{1,2}.{0,4}阅读原文',
    '^(?:[A-Z]\\d{1,2}|第\\s*\\d{1,2}\\s*版)\\s+\\S.{1,30}$',
    '^请输入.{0,8}(?:搜索)?$',
    '^(?:搜索|检索)$',
    '^\\+?\\s*关注(?:TA|他|她|作者)?$',
    // A file to download (a page's attachment): `1.某某申报指南.pdf`.
    '\\.(?:pdf|docx?|xlsx?|wps|zip|rar|pptx?|ofd)$',
    // A teaser's own label and its app prompt (看更多：…, 加入好友, 点我下载APP).
    '^(?:热门|热读|看更多|更多新闻)[:：]?$|^加入好友$|点我下载|下载\\S{0,6}APP',
    '^(?:Like|赞好|关注|追踪)我们的\\s*(?:Facebook|FB|IG|Instagram|微博|微信)?\\s*(?:专页|账号|主页)',
    // An app's top bar: the back arrow, the app's or the channel's name, the menu's dots.
    '^[<‹〈←＜]\\s*\\S{0,14}\\s*(?:[⋯…]|···|\\.{3}|分享)?$',
    '^(?:\\[[^\\]]{1,6}\\]|【[图视][片频]】)$',
    // A video player's clock (`00:00 / 02:16`), its loading notice and its controls.
    '^\\d{1,2}:\\d{2}(?::\\d{2})?\\s*[/／]\\s*\\d{1,2}:\\d{2}(?::\\d{2})?$',
    '^(?:视频|内容|页面)?(?:正在)?加载中?[，,。.…\\s]*(?:请稍[候等][。.…]*)?$',
    // A video player's controls, with the app it sends the reader to (`播放  |  下载客户端看高清`).
    `^${PLAYER}(?:\\s*[|｜/]?\\s*(?:${PLAYER}|${APP_PROMPT}))*$`,
    // A page's pagination (`上一页 1 2 下一页`), a feed's collapse link (`收起`, `展开全文`).
    '^(?=.*(?:上一页|下一页))(?:(?:首页|上一页|下一页|尾页|末页|\\d{1,3}(?=\\s|$|[上下尾末])|…+|\\.{3})\\s*){2,}$',
    '^(?:收起|展开|收起全文|全文)[a-z]?$',
    // What kind of document a body's page is, printed over its title: 新闻稿.
    '^(?:新闻稿|新闻发布稿|新闻通稿|新闻公报|通讯稿|新闻资料)$',
    // A listed company's announcement head: its securities code, short name and number.
    '^(?:证券代码|股票代码|证券简称|股票简称)[:：]',
    // A public document's catalogue fields (索引号, 主题分类) and its publication mark.
    '^索\\s*引\\s*号[:：]|^主题分类[:：]',
    '^[（(]此件(?:公开发布|主动公开|不予公开|依申请公开|不公开)[）)]$',
  ].join('|'),
  'iu',
);
/** How often a page was read, liked or followed: `阅读量：3826`, `2.3万阅读 · 评论 45`, `👍 36  💬 8`. */
const COUNT = '\\d+(?:\\.\\d+)?[万千wWkK]?\\+?';
const COUNTED = '(?:阅读|浏览|点击|访问|查看|回复|播放|观看|评论|留言|点赞|转发|收藏|分享|支持|反对|粉丝|关注|获赞|赞|在看)';
const COUNTER = `(?:${COUNTED}(?:量|数|次数|人数)?\\s*[:：]?\\s*[（(]?${COUNT}[)）]?(?:\\s*次)?|${COUNT}\\s*(?:次|人|条)?${COUNTED}(?:量)?|\\p{Extended_Pictographic}\\uFE0F?\\s*${COUNT})`;
/** Counters only (the first with its count), set apart by dots, bars or spaces; an account's label may close them (`2.6万粉丝 · 财经领域创作者`). */
const COUNTERS = new RegExp(`^(?:本文(?:已被|共被)?(?:阅读|浏览)\\s*${COUNT}\\s*次|${COUNTER}(?:\\s*[·・|｜/]?\\s*(?:${COUNTER}|${COUNTED}))*(?:\\s*[·・|｜]\\s*[^\\s，。！？、]{1,12})?)$`, 'u');
/** A rights notice in a sentence: `本文为某某原创，转载请联系授权。`, `本文由某某原创，欢迎关注。` */
const RIGHTS_NOTICE = /^(?:本文|本稿|本篇|文章)\S{0,30}?(?:原创|首发|授权|转载)\S{0,30}?(?:转载|授权|关注|侵权|删除|联系)/u;

/**
 * A meta row: a date among two to five short fields set apart by bars or dots (`by 某某 | Sep 5,
 * 2023 | 阅读 2.1k`, `2023-11-08 09:47 · 某某观察 · 发布于某地`).
 */
/** A field that is a date (and time), not a phrase about a day (`2023年5月1日开工的项目`). */
const isDateField = (p: string) => fullDates(p).length > 0 && countHan(p.replace(/[年月日时分]/gu, '')) <= 2;

function isMetaRow(t: string): boolean {
  const parts = t.split(/\s*[|｜]\s*|\s+[·・]\s+|\s*[·・]\s*(?=\S*\p{Script=Han})/u).filter(Boolean);
  return parts.length >= 2 && parts.length <= 5 && parts.every((p) => printedWidth(p) <= 24) && parts.some(isDateField);
}

/** An e-paper's list of the page's headlines (`本版标题导航` / `· 某某开工` / …), a front page's index (`导读` / `▶某某… A3`): their labels. */
export const NAVIGATION_LABEL = /^[【[]?(?:(?:本版)?(?:标题导航|版面导航|本版导航|本版目录)|(?:本期|今日|本版)?导读|(?:本期|本刊)?(?:要目|目录))[】\]]?$/u;

/** An e-paper's page, by label and section: `第A03版：园区经济`, `A01：要闻` (a page label, never a numbered item's `1：`). */
const PAGE_LIST = /^(?:第\s*[A-Z]?\d{1,3}\s*版|[A-Z]\d{1,2})\s*[:：]\s*\S{1,10}$/u;

/** A site's section in brackets over the headline (`【港聞】`, `【财经】`); a longer banner is a series (headline-roles.ts). */
const SECTION_BRACKET = /^【\p{Script=Han}{2,4}】$/u;
/** A column's topic of the issue over its pieces (`本期话题：…`): the column's, not a kicker. */
const COLUMN_TOPIC = /^(?:本期|本周|今日)(?:话题|主题|关注|聚焦)[:：]/u;

/** An official document's addressee on a line of its own (`市科技局：`, `各有关单位：`). */
const ADDRESSEE = /^(?:各)?\S{1,14}(?:局|委|厅|部|办|办公室|政府|管委会|委员会|中心|单位|部门|公司|集团)[:：]$/u;
/** An official document's number (`某管发〔2023〕27号`), printed at its head and again on each page. */
const DOCUMENT_NUMBER = /^\S{1,12}[〔［[(（]\s*(?:19|20)\d{2}\s*[〕］\])）]\s*\d{1,4}\s*号$/u;
// (The label may stand between dashes: `－－ 廣告 －－`.)
const ADVERT =
  /^(?:[－—\-–]+\s*)?(?:广告|广告位|赞助内容|推广|Advertisement|ADVERTISEMENT|Sponsored|继续阅读下文|下文继续|文章未完|请?继续往下阅读|请?往下滑动?继续阅读|下滑继续阅读)(?:\.{2,}|…+|\s*[－—\-–]+)?$/iu;
/** A teaser set inside the text under its label (`【相关阅读】某某推出新措施`): a link, not the text. */
const INLINE_TEASER = /^[【[](?:相关阅读|延伸阅读|相关新闻|相关报道|推荐阅读|相关链接)[】\]]\s*\S/u;
const TAIL = new RegExp(
  [
    '^[—\\-–=\\s]*(?:END|THE END|完|全文完)[—\\-–=\\s]*$',
    '^(?:阅读下一篇|下一篇阅读|往期推荐|往期回顾|往期精彩|往期精选|推荐阅读|延伸阅读|相关阅读|相关新闻|相关文章|相关报道|相关评论|相关推荐|相关链接|相关视频|更多视频|更多精彩|更多推荐|精彩推荐|热门推荐|编辑推荐|为你推荐|今日推荐|猜你喜欢|大家都在看|热门文章|热文推荐|近期热文|最新文章|最新资讯|热点新闻|热门资讯|热门搜索|热门搜尋|热搜|本版其他稿件|本版其他文章|本期其他文章)[:：]?$',
    '^(?:资料来源|本文来源|内容来源|文章来源)[:：]',
    '^以上(?:内容|信息|文章)?(?:来源|来自|转自)',
    '^喜欢此内容的人还喜欢$',
    // A forum's replies under the post: the first, second and third reply's labels, the forum software's footer.
    '^(?:沙发|板凳|地板|\\d+#|\\d+楼)$|^Powered by ',
    '^(?:You may also like|Related (?:articles|news|stories|posts)|More (?:stories|news|from \\S.*)|Read more|Recommended)[:：]?$',
    // A web page's attachments under its article: 相关附件：, 附件下载.
    '^(?:相关附件|附件下载)[:：]?|^附件[:：]?$',
    '版权所有|©|Copyright|ICP备|公网安备|主办单位|承办单位|技术支持[:：]|隐私政策|使用条款|联系我们|网站地图|关于我们|免责声明',
  ].join('|'),
  'iu',
);

/**
 * A menu bar: four or more short items set apart by spaces or bars, none of them a sentence
 * (`首页　走进高新　新闻中心　政务公开`, `无障碍 | 长者模式 | 简 | 繁`).
 */
const NAV_WORD = /^(?:首页|主页|新闻|资讯|政务|服务|互动|关于|联系|登录|注册|简|繁|English|无障碍|长者模式|搜索|专题|视频|图片|频道)/u;

function isMenu(t: string): boolean {
  // A table's header row (`指标 │ 单位 │ 完成值`) is set the same way, and a byline of names set letter-spaced (`记者 顾 言 蒋 澄`).
  if (/[│┃┆]|记者|通讯员/u.test(t)) return false;
  const all = t.split(/\s*[|｜丨]\s*|\s+|\u3000+/u).filter(Boolean);
  // A site's name may open its menu bar (`某某资讯网　首页 | 园区动态 | …`).
  const items = all.length > 4 && printedWidth(all[0]!) > 6 && printedWidth(all[0]!) <= 12 && all[1] === '首页' ? all.slice(1) : all;
  if (items.length < 4 || !items.every((i) => printedWidth(i) <= 6 && !/[，。；！？、,.;!?：:“”]/u.test(i) && !/\d{3,}/u.test(i))) return false;
  // A headline of four phrases looks the same; a menu has many items or names a page of a site.
  return items.length >= 6 || items.some((i) => NAV_WORD.test(i));
}

/**
 * The fields of a line set apart by wide spaces or by bars: date, page, section, editor
 * (`2023年9月11日 星期一　第3版`, `06 | 园区快讯 | 2024年8月23日 星期五 | 编辑：许静`).
 */
export function fields(text: string): string[] {
  return text
    .trim()
    .split(/\s*[|｜]\s*|\s{2,}|\u3000+/u)
    .filter(Boolean);
}

function isPageHead(t: string): boolean {
  // A date with its weekday alone is the page's dateline (read for the date, then dropped).
  if (DATE_ONLY.test(t)) return true;
  const parts = fields(t);
  // A magazine's running head: its section (with its Latin name) or folio beside the month.
  if (parts.length >= 2 && parts.some((p) => YEAR_MONTH.test(p)) && parts.every((p) => YEAR_MONTH.test(p) || SECTION_WITH_LATIN.test(p) || /^\d{1,3}$/u.test(p) || printedWidth(p) <= 10)) return true;
  if (!(FULL_DATE.test(t) || WEEKDAY.test(t) || EDITION.test(t))) return false;
  if (parts.length === 1) return EDITION.test(t) && printedWidth(t) <= 24;
  // Fields between bars are a page head's only where one is the date or the page alone (a
  // headline may set a phrase with a date beside a bar: `湖滨 | 2023年5月1日开工的项目`).
  if (/[|｜]/u.test(t) && !parts.some((p) => DATE_ONLY.test(p) || EDITION.test(p))) return false;
  // Several fields set apart on one line: date, page number, section, editor.
  return parts.every((p) => printedWidth(p) <= 24);
}

/**
 * A document's distribution line (`抄送：…`) and a journal article's catalogue data (`中图分类号：…
 * 文献标识码：…`): the page's, however long.
 */
const RECORD_LINE = /^(?:抄送|中图分类号|文献标识码|文章编号|DOI)[:：]/iu;
/** A bulletin's distribution (`报：市委、市政府`, `送：…`, `发：园区各部门、各单位`) and print run (`（共印60份）`). */
const DISTRIBUTION = /^(?:报|送|发|抄报|报送|分送|主送)[:：]\s*[^。！？]+[、，,][^。！？]+$|^[（(]?共印\s*\d+\s*份[)）]?$/u;
/** An official document's red header: its issuer and 文件 (`某某管委会文件`), over its number. */
const DOCUMENT_HEADER = /^\S{2,24}(?:委员会|管委会|政府|办公室|办公厅|局|厅|委|部)文件$/u;
/** An advert run as one labelled line (`■广告  某某手机 以旧换新…  0371-…`). */
const ADVERT_LINE = /^[■□●◆▶]?\s*广告(?:\s+|[:：]\s*)\S/u;
/** A journal page's running head ending in its folio set between dots (`作者：题目        ·59·`). */
const FOLIO_AT_END = /\s{2,}·\s*\d{1,4}\s*·$/u;

/** `免责声明：本文转自…`, `版权声明：…`: a site's notice under what it reposted. */
const DISCLAIMER = /^[【[]?(?:免责声明|版权声明|特别声明|郑重声明|转载声明|平台声明)[】\]]?[:：]|^声明[:：].{0,12}(?:观点|仅代表|不代表|版权|转载|侵权|信息存储)/u;

/** The placeholder a saved page leaves for an image: `[图片]`, `【图】`, `[image]`. */
export const IMAGE_PLACEHOLDER = /^(?:\[(?:图片|图|image|img|照片|配图)\]|【(?:图片|图)】)$/iu;
/** Where a saved page had a video or a sound clip, with its length (`[视频]  02:06`). */
const MEDIA_PLACEHOLDER = /^(?:\[(?:视频|音频|video|audio)\]|【(?:视频|音频)】)(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$/iu;
/** A broadcast transcript's note of the words shown on screen: `（字幕：…）`. */
const ON_SCREEN_TEXT = /^[（(]字幕[：:][^（）()]{1,80}[)）]$/u;

/** What kind of furniture the line is, or undefined for article text (read in Simplified). */
export const furnitureKind = rememberByText(kindOfFurniture);

function kindOfFurniture(text: string): FurnitureKind | undefined {
  // Read in Simplified characters, full-width digits and letters as ASCII (`第３版`).
  const t = asciiAlnum(simplifiedChars(text.trim()));
  if (t === '' || MEDIA_PLACEHOLDER.test(t) || ON_SCREEN_TEXT.test(t)) return 'placeholder';
  // A site's disclaimer is a sentence or two, yet nothing of the article comes after it.
  if (DISCLAIMER.test(t)) return 'tail-marker';
  if (RIGHTS_NOTICE.test(t) && printedWidth(t) <= 2 * FURNITURE.maxWidth) return 'chrome';
  if (RECORD_LINE.test(t) || FOLIO_AT_END.test(t) || DOCUMENT_HEADER.test(t) || DISTRIBUTION.test(t)) return 'page-head';
  if (ADVERT_LINE.test(t)) return 'advert';
  if (INLINE_TEASER.test(t) && !endsSentence(t)) return 'chrome';
  if ((t.match(IMPRINT_LABEL) ?? []).length >= 2) return 'contact';
  // (A web page's meta line names its authors and date among such fields: it is read below.)
  if ((t.match(ROLE_FIELD) ?? []).length >= 2 && !/作者[:：]|\d{4}\s*[-年./]\s*\d{1,2}/u.test(t)) return 'credit';
  if (PAGE_ROW.test(t)) return 'chrome';
  if (printedWidth(t) > FURNITURE.maxWidth || endsSentence(t)) return TAIL.test(t) && !/[。！？]$/u.test(t) ? 'tail-marker' : undefined;
  if (readJump(t)) return undefined;
  if (STRAY.test(t) && countHan(t) === 0 && !/[A-Za-z]{2}/u.test(t)) return FOLIO.test(t) ? 'folio' : 'placeholder';
  // A printed rule (a table's, a box's): `────────`, `==========`.
  if (RULE.test(t)) return 'placeholder';
  // A site's menu bar at the head of the page names 关于我们 and 联系我们 too: chrome, not the page's end.
  if (isMenu(t) && /(?:^|\s)(?:首页|网站首页|主页)(?:\s|$)/u.test(t)) return 'chrome';
  if (TAIL.test(t)) return 'tail-marker';
  if (SCRIPT_NOTE.test(t)) return 'page-head';
  if (CREDIT_LINE.test(t) || CREDIT_ANYWHERE.test(t) || EDITORS_BRACKETED.test(t)) return 'credit';
  if (ADVERT.test(t)) return 'advert';
  if (ALMANAC.test(t) || WEATHER_INDEX.test(t) || STAMP.test(t)) return 'almanac';
  if (PAGE_CREDIT.test(t)) return 'credit';
  if (DOCUMENT_NUMBER.test(t)) return 'page-head';
  if (CONTACT.test(t) || EMAIL_OR_URL.test(t)) return 'contact';
  if (META.test(t) || POSTED.test(t) || ADDRESSEE.test(t) || (POSTED_AT.test(t) && !DATE_ONLY.test(t)) || isMetaRow(t)) return 'meta';
  if (BREADCRUMB.test(t) || CHROME.test(t) || COUNTERS.test(t) || NAVIGATION_LABEL.test(t) || isMenu(t)) return 'chrome';
  if (SECTION_NEWS.test(t) || SECTION_BRACKET.test(t) || COLUMN_TOPIC.test(t)) return 'section';
  if (MASTHEAD.test(mastheadParts(t).name) || MEDIA_CENTRE.test(t)) return 'masthead';
  if (isPageHead(t) || PAGE_LIST.test(t)) return 'page-head';
  if (SECTION_WITH_LATIN.test(t)) return 'section';
  if (LATIN_LABEL.test(t) && t.length <= 30 && /[A-Z]{3}/u.test(t)) return 'masthead';
  return undefined;
}
