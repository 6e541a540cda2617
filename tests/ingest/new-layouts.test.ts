// Pages written for this test (a reposted article, another outlet's dateline, a WeChat post, a
// government site, a newspaper page with an editor's note, a commentary and a photo; a news
// portal's article, a page of news briefs, an app's share page, an agency's wire copy on a news
// site, a feed's post, a company's site, a Taiwan paper's site, a news app's article, a magazine's
// feature, two articles side by side, a feature with a dash subtitle, hard-wrapped briefs, an
// interview with a box, numbered measures, a Hong Kong paper's page, a report with running heads;
// a yearbook's entry, a TV station's page, a public notice with the measures it issues, a radio
// transcript, a headline group over two reporters, a page of photo news, a microblog post, a web
// article cut into pages, a listed company's announcement, an article with a linked box, a
// portal's repost, an interview in questions and answers, a station's web copy, a Taiwan agency's
// press release, a work bulletin, a page saved with its HTML, a page laid out as a form, a headline
// with its reporter on one line, an article jumping to a page named in Chinese numerals; a press
// conference's transcript, a county app's page, an author platform's post, a phone screenshot's
// text, a site dating in English, an e-paper's page, an evening paper with an advert, a
// commentary with its author's note, a forum's post, a bilingual park site, an OCR page in
// full-width digits, an appointment notice, a district weekly; a paper's page of three headline
// stacks, a WeChat post with ◆ subheads, a work report with a ruled table, a front page with an
// index and a jump, a headline as wide as the column over a dated lead, a briefs page led by ★,
// a magazine feature credited 文／…　图／…, a portal whose menu bar opens with its name, a series'
// banner over an editor's note, a Hong Kong page with its share buttons one a line, a magazine's
// running head with its folio, a work report given as a speech, a portal's photo caption, an
// interview with a profile box under its headline, a WeChat post with letter-spaced credits, a Hong
// Kong page with a bracketed section and a hot list, a government site's attachments, a magazine
// with a box drawn in rules, a work report with a folio between blank lines, two columns read
// across under a row of bylines; a page of photos with numbered captions wrapped under them, an
// e-paper's page with its navigation lists over the headline, a TV station's transcript with time
// codes, an interview under a quoted headline with marked subheads, a page with an English
// summary box, a news article with a commentary box drawn between rules inside it; a briefs page of
// numbered and bracketed headlines under a barred page head, an interview with its questions in
// bold, a Taiwan paper's print page dated in the Republic's years, a document with its attachment,
// a magazine feature with a box after it, an article jumping over two pages; a work bulletin with its
// contents, a county station's broadcast script, an article with a table, a magazine feature with
// footnotes, a Hong Kong site's report, a commentary page with a short comment, a special page with
// a box of briefs),
// with the furniture such pages
// carry; no rule was tuned on the first five.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAuthority } from '../../src/core/entities/authority.ts';
import { createEntityDetector, type EntityDetector } from '../../scripts/ingest/describe/detect-entities.ts';
import { ingestBytes } from '../../scripts/ingest/pipeline.ts';
import { nodeText } from '../../scripts/ingest/split/draft.ts';

const detector = () => createEntityDetector(loadAuthority(new URL('../../content/entities', import.meta.url).pathname));

function ingest(name: string, entities?: EntityDetector) {
  const bytes = readFileSync(new URL(`../fixtures/new-layouts/${name}`, import.meta.url));
  const { articles } = ingestBytes(bytes, name, {}, { corrections: true, ...(entities ? { entities } : {}) });
  return articles.map((a) => ({ data: a.data, text: a.body.map(nodeText) }));
}

describe('layouts never seen before', () => {
  it('a reposted article: the agency dateline gives the byline, the meta line the source, and no chrome stays', () => {
    const [article, ...rest] = ingest('reposted-article.txt');
    expect(rest).toEqual([]);
    expect(article!.data.title).toBe('湖畔新城高新区三家企业获评省级专精特新');
    expect(article!.data.byline).toEqual(['周明远']);
    expect(article!.data.source?.publication).toBe('湖畔日报');
    expect(article!.text[0]).toMatch(/^记者11日从湖畔新城高新区获悉/u);
    const all = article!.text.join('\n');
    for (const chrome of ['人民网', '关键词', '免责声明', '展开全文', '上一篇', 'APP下载', '点击']) expect(all).not.toContain(chrome);
  });

  it('another outlet’s dateline with its reporters set between spaces', () => {
    const [article] = ingest('outlet-dateline.txt');
    expect(article!.data.byline).toEqual(['张昊', '程学勇']);
    expect(article!.text[0]).toMatch(/^昨日下午，记者从湖畔市政府获悉/u);
  });

  it('a WeChat post: the account is the source, its follow and share lines go', () => {
    const [article] = ingest('wechat-post.txt');
    expect(article!.data.title).toBe('湖畔新城：“链主”企业带动上下游协同发展');
    expect(article!.data.source?.publication).toBe('湖畔发布');
    expect(article!.data.date).toBe('2023-08-01');
    expect(article!.text.join('\n')).not.toMatch(/关注我们|二维码|在看|审核/u);
  });

  it('a government site: menus, breadcrumb, size switch and footer go; the date and the text stay', () => {
    const [article] = ingest('government-site.txt');
    expect(article!.data.title).toBe('湖畔新城召开2023年上半年经济运行分析会');
    expect(article!.data.date).toBe('2023-07-12');
    expect(article!.text).toHaveLength(3);
    expect(article!.text.join('\n')).not.toMatch(/打印本页|关闭窗口|主办|当前位置|字号/u);
  });

  it('a newspaper page: an editor’s note opens the article under it, a commentary’s writer is its byline, a photo’s caption takes no text', () => {
    const articles = ingest('newspaper-series-page.txt');
    expect(articles.map((a) => a.data.title)).toEqual(['智能制造产业园：一季度签约项目18个', '抓项目就是抓发展']);
    const [series, comment] = articles;
    expect(series!.data.series).toBe('园区看项目①');
    expect(series!.data.byline).toEqual(['吴晓峰']);
    expect(series!.text[0]).toMatch(/^编者按：/u);
    expect(comment!.data.byline).toEqual(['吴晓峰']);
    expect(comment!.data.subtitle).toBeUndefined();
    expect(comment!.text).toEqual(['项目是经济发展的“压舱石”。园区只有把项目一个个落到实处，发展才有后劲。']);
    expect(comment!.data.captions).toEqual(['6月7日，湖畔新城科技馆内，小学生在体验VR设备。本报记者　林涛　摄']);
  });

  it('a news portal’s article: its channel is the source, the editors in brackets and the related links go', () => {
    const [article, ...rest] = ingest('portal-article.txt');
    expect(rest).toEqual([]);
    expect(article!.data.title).toBe('湖畔高新区：“智能制造”跑出加速度');
    expect(article!.data.byline).toEqual(['王晓明']);
    expect(article!.data.date).toBe('2022-08-16');
    expect(article!.data.source?.publication).toBe('人民网－湖畔频道');
    expect(article!.text).toHaveLength(3);
    expect(article!.text.join('\n')).not.toMatch(/责编|分享|相关新闻|设区市/u);
  });

  it('a page of news briefs: the paper is named without its page, which is read; the section is no paper', () => {
    const articles = ingest('newspaper-briefs.txt');
    expect(articles.map((a) => a.data.title)).toEqual(['新能源汽车产业园一季度开门红', '西山县智能装备项目签约']);
    for (const a of articles) {
      expect(a.data.source?.publication).toBe('湖畔日报');
      expect(a.data.source?.page).toBe('A3');
      expect(a.data.date).toBe('2021-03-05');
      expect(a.text.join('\n')).not.toMatch(/综合新闻|编辑|校对|本报讯/u);
    }
    expect(articles[0]!.data.byline).toEqual(['陈立', '刘洋']);
    expect(articles[1]!.text).toEqual(['3月3日，西山县举行智能装备产业项目集中签约仪式，共签约项目8个，总投资42亿元，涵盖工业机器人、智能传感器等领域。']);
  });

  it('an app’s share page: the reporter’s outlet is the source, the original title and the app’s links go', () => {
    const [article, ...rest] = ingest('app-share.txt');
    expect(rest).toEqual([]);
    expect(article!.data.title).toBe('湖畔：科创飞地让人才“周末来”');
    expect(article!.data.byline).toEqual(['周晓']);
    expect(article!.data.source?.publication).toBe('湖畔日报·湖畔观察');
    expect(article!.text).toHaveLength(3);
    expect(article!.text.join('\n')).not.toMatch(/原标题|打开|阅读全文|举报/u);
  });

  it('an agency’s wire copy on a news site: its reporters listed with a comma, the next article’s teaser gone', () => {
    const [article, ...rest] = ingest('wire-copy.txt');
    expect(rest).toEqual([]);
    expect(article!.data.byline).toEqual(['张明', '李静']);
    expect(article!.data.source?.publication).toBe('新华网');
    expect(article!.text[0]).toMatch(/^记者18日从湖畔国家高新区获悉/u);
    expect(article!.text.join('\n')).not.toMatch(/纠错|责任编辑|下一篇|湖畔港|字体/u);
  });

  it('a feed’s post: the account over the date is the source, not a subtitle', () => {
    const [article] = ingest('feed-post.txt');
    expect(article!.data.title).toBe('湖滨科技园：20家企业入选省级“专精特新”名单');
    expect(article!.data.subtitle).toBeUndefined();
    expect(article!.data.source?.publication).toBe('湖滨观察');
    expect(article!.data.date).toBe('2023-05-06');
    expect(article!.text).toHaveLength(3);
    expect(article!.text.join('\n')).not.toMatch(/举报|评论|关注/u);
  });

  it('a company’s site: its name over the menu is the source, the menu ends nothing, the breadcrumb is no headline', () => {
    const [article, ...rest] = ingest('company-site.txt');
    expect(rest).toEqual([]);
    expect(article!.data.title).toBe('集团智能制造基地一期项目竣工投产');
    expect(article!.data.kicker).toBeUndefined();
    expect(article!.data.subtitle).toBeUndefined();
    expect(article!.data.source?.publication).toBe('湖畔重工集团有限公司');
    expect(article!.data.date).toBe('2022-09-09');
    expect(article!.text).toHaveLength(3);
    expect(article!.text.join('\n')).not.toMatch(/上一篇|下一篇|版权所有|发布人/u);
  });

  it('a news app’s article: its reporter without the outlet, the editors and the tip line gone', () => {
    const [article] = ingest('news-app-article.txt');
    expect(article!.data.byline).toEqual(['赵一鸣']);
    expect(article!.data.source?.publication).toBe('澎湃新闻');
    expect(article!.text).toHaveLength(3);
    expect(article!.text.join('\n')).not.toMatch(/责任编辑|校对|报料|字号/u);
  });

  it('a magazine’s feature: the magazine from its running foot, the writer without the photographer', () => {
    const [article] = ingest('magazine-feature.txt');
    expect(article!.data.title).toBe('湖滨科学城：十年磨一剑');
    expect(article!.data.byline).toEqual(['王强']);
    expect(article!.data.source?.publication).toBe('湖滨经济');
    expect(article!.text).toHaveLength(3);
    expect(article!.text.join('\n')).not.toMatch(/COVER|封面故事|第6期/u);
  });

  it('two articles side by side, their headlines on one row a blank line above: each article its own headline', () => {
    const articles = ingest('two-articles-side-by-side.txt');
    expect(articles.map((a) => a.data.title)).toEqual(['湖畔高新区新增两家省级工程技术中心', '西山县培育专精特新企业成效明显']);
    expect(articles.map((a) => a.data.byline)).toEqual([['刘洋'], ['孙伟']]);
    expect(articles.every((a) => a.data.source?.publication === '湖畔日报' && a.data.source.page === '第2版')).toBe(true);
    expect(articles[0]!.text.join('')).toContain('总数达到37家。');
    expect(articles[1]!.text.join('')).toMatch(/^今年以来，西山县围绕主导产业.*一次性奖励。$/u);
  });

  it('a feature with a dash subtitle: the subtitle without its dash, the paper from the page head', () => {
    const [article] = ingest('feature-with-dash-subtitle.txt');
    expect(article!.data.title).toBe('科技创新的“湖畔答卷”');
    expect(article!.data.subtitle).toBe('记湖畔新城国家级科技企业孵化器建设十年');
    expect(article!.data.byline).toEqual(['马丽']);
    expect(article!.data.source?.publication).toBe('湖畔日报');
    expect(article!.text).toHaveLength(3);
  });

  it('hard-wrapped briefs with no blank lines: each brief its headline and whole paragraphs', () => {
    const articles = ingest('wrapped-briefs.txt');
    expect(articles.map((a) => a.data.title)).toEqual(['湖畔新城新材料产业园项目集中开工', '西山县举办科技成果对接会']);
    expect(articles.map((a) => a.data.byline)).toEqual([['黄磊'], ['许宁']]);
    expect(articles.map((a) => a.text.length)).toEqual([3, 1]);
    expect(articles[1]!.text[0]).toBe('11月4日，西山县举办科技成果转化对接会，来自8所高校的36项科技成果现场发布，企业与高校签约合作项目11个。');
  });

  it('an interview with a box: the page head gives date and page, the box its own piece under its label without the mark', () => {
    const [interview, box] = ingest('interview-with-box.txt');
    expect(interview!.data.title).toBe('“让科研成果走出实验室”');
    expect(interview!.data.subtitle).toBe('访湖畔大学技术转移中心主任陈立新');
    expect(interview!.data.date).toBe('2023-05-04');
    expect(interview!.data.source?.page).toBe('A2');
    expect(interview!.text).toHaveLength(4);
    expect(box!.data.title).toBe('链接');
  });

  it('numbered measures: each item its own paragraph, after the sentence that announces them', () => {
    const [article] = ingest('numbered-measures.txt');
    expect(article!.text).toHaveLength(5);
    expect(article!.text[0]).toMatch(/主要内容如下：$/u);
    expect(article!.text.slice(1, 4).map((t) => t.slice(0, 2))).toEqual(['1.', '2.', '3.']);
  });

  it('a Hong Kong paper’s page: paper and page from the page head in Traditional, the reporter said to report', () => {
    const [article] = ingest('hong-kong-paper.txt');
    expect(article!.data.source?.publication).toBe('湖港日報');
    expect(article!.data.source?.page).toBe('A10');
    expect(article!.data.date).toBe('2023-07-12');
    expect(article!.data.byline).toEqual(['陳家明']);
    expect(article!.data.script).toBe('hant');
    expect(article!.text[0]).toMatch(/^科學園公司昨日公布/u);
  });

  it('a report with running heads: one article, its sections as subheads, the text joined across the page breaks', () => {
    const [article, ...rest] = ingest('report-with-running-heads.txt');
    expect(rest).toEqual([]);
    expect(article!.data.title).toBe('湖畔新城2022年科技创新发展报告');
    expect(article!.data.subtitle).toBeUndefined();
    const all = article!.text.join('\n');
    expect(all).toContain('一期建成投用，引进高层次研发团队12个。');
    expect(all.match(/科技创新发展报告/gu)).toBeNull();
    expect(article!.text.filter((t) => /^[一二三]、/u.test(t))).toEqual(['一、总体情况', '二、主要工作', '三、下一步打算']);
  });

  it('a Taiwan paper’s site: the paper from the breadcrumb, the reporter from the bracketed opening', () => {
    const [article] = ingest('taiwan-paper-site.txt');
    expect(article!.data.title).toBe('濱科半導體廠擴建　帶動周邊就業');
    expect(article!.data.source?.publication).toBe('湖濱時報');
    expect(article!.data.byline).toEqual(['王小明']);
    expect(article!.data.date).toBe('2023-03-22');
    expect(article!.text[0]).toMatch(/^湖濱科學園區一家半導體廠商/u);
    expect(article!.text.join('\n')).not.toMatch(/APP|活動|相關新聞/u);
  });
});

describe('layouts never seen before, second round', () => {
  it('a yearbook entry: one article under the entry’s title, its bracketed topics kept at the heads of their paragraphs, the running head and folio gone', () => {
    const [article, ...rest] = ingest('yearbook-entry.txt');
    expect(rest).toEqual([]);
    expect(article!.data.title).toBe('湖畔高新技术产业开发区');
    expect(article!.data.byline).toEqual(['王秀兰']);
    expect(article!.text.map((t) => /^【([^】]+)】/u.exec(t)?.[1])).toEqual(['概况', '招商引资', '科技创新', '营商环境']);
    expect(article!.text.join('\n')).not.toMatch(/年鉴|215|审稿/u);
    expect(article!.text[2]).toContain('共建联合实验室，全年转化科技成果38项。');
  });

  it('a TV station’s page: the headline, not the player’s clock; the reporters and camera from the closing credit', () => {
    const [article, ...rest] = ingest('tv-station-page.txt');
    expect(rest).toEqual([]);
    expect(article!.data.title).toBe('湖畔高新区：新能源汽车零部件产业链加速集聚');
    expect(article!.data.kicker).toBeUndefined();
    expect(article!.data.byline).toEqual(['陈思远', '李航', '赵磊']);
    expect(article!.data.date).toBe('2023-09-05');
    expect(article!.text).toHaveLength(3);
    expect(article!.text.join('\n')).not.toMatch(/00:00|加载|播放|相关视频|客户端|编辑|版权/u);
  });

  it('a public notice and the measures it issues: one article, the measures under their title, the catalogue fields gone', () => {
    const [article, ...rest] = ingest('gazette-notice.txt');
    expect(rest).toEqual([]);
    expect(article!.data.title).toBe('关于印发《湖畔高新区支持科技型企业创新发展若干措施》的通知');
    expect(article!.data.kicker).toBeUndefined();
    expect(article!.data.date).toBe('2023-04-20');
    expect(article!.text).toContain('湖畔高新区支持科技型企业创新发展若干措施');
    expect(article!.text.filter((t) => /^[一二三四]、/u.test(t))).toHaveLength(4);
    expect(article!.text.join('\n')).not.toMatch(/索引号|主题分类|此件|扫一扫/u);
  });

  it('a radio transcript: the station over its frequency is the source, the speakers’ tags stay at the heads of their paragraphs, the reporter from the closing credit', () => {
    const [article, ...rest] = ingest('radio-transcript.txt');
    expect(rest).toEqual([]);
    expect(article!.data.title).toBe('湖畔经开区：一季度重点项目开工率超九成');
    expect(article!.data.kicker).toBeUndefined();
    expect(article!.data.source?.publication).toBe('湖畔之声');
    expect(article!.data.byline).toEqual(['林晓']);
    expect(article!.data.date).toBe('2023-03-09');
    expect(article!.text.map((t) => /^【([^】]+)】/u.exec(t)?.[1])).toEqual(['主持人', '记者', '记者', '主持人']);
  });

  it('a headline group: kicker, title and dash subtitle over the reporters, and a brief under its own headline', () => {
    const articles = ingest('headline-group-page.txt');
    expect(articles.map((a) => a.data.title)).toEqual(['湖滨高新区上半年规上工业产值增长12.6%', '园区新开通两条公交线路']);
    const [report] = articles;
    expect(report!.data.kicker).toBe('全年目标任务过半　重点产业持续壮大');
    expect(report!.data.subtitle).toBe('新能源、新材料两大产业贡献超六成');
    expect(report!.data.byline).toEqual(['郑远', '胡蓉']);
    expect(report!.data.source?.page).toBe('第3版');
  });

  it('a page of photo news: the photos’ credits are captions and no photo’s text runs into the article after them, whose companies keep their whole names', () => {
    const articles = ingest('photo-news-page.txt', detector());
    const article = articles.find((a) => a.data.title === '湖畔高新区新增两家省级工程技术研究中心')!;
    expect(article.data.byline).toEqual(['何静']);
    expect(article.data.companies).toEqual(['湖畔智控科技有限公司', '湖滨精密部件有限公司']);
    expect(article.text.join('\n')).not.toMatch(/工业机器人|无人机|摄/u);
    expect(articles.flatMap((a) => a.data.captions ?? []).join('\n')).toMatch(/王磊[\s　]*摄/u);
  });

  it('a microblog post: its account and time from the lines over it, its bracketed title, no topic tags or collapse link', () => {
    const [article, ...rest] = ingest('weibo-post.txt');
    expect(rest).toEqual([]);
    expect(article!.data.title).toBe('湖畔高新区首批“智改数转”示范车间名单出炉');
    expect(article!.data.titleOrigin).toBe('printed');
    expect(article!.data.source?.publication).toBe('湖畔发布');
    expect(article!.data.date).toBe('2023-06-01');
    expect(article!.text[0]).toMatch(/^近日，湖畔高新区公布/u);
    expect(article!.text.join('\n')).not.toMatch(/#|收起|转发|来自/u);
  });

  it('a web article cut into pages: the pagination goes, the writer comes from the meta line', () => {
    const [article, ...rest] = ingest('paginated-web-article.txt');
    expect(rest).toEqual([]);
    expect(article!.data.byline).toEqual(['杨帆']);
    expect(article!.text).toHaveLength(3);
    expect(article!.text.join('\n')).not.toMatch(/上一页|下一页|责任编辑/u);
  });

  it('a listed company’s announcement: one article, its securities line gone, its marked points a list under the line that announces them', () => {
    const [article, ...rest] = ingest('company-announcement.txt');
    expect(rest).toEqual([]);
    expect(article!.data.title).toBe('湖滨锂能科技股份有限公司关于对外投资建设储能电池项目的公告');
    expect(article!.data.kicker).toBeUndefined();
    expect(article!.text).toContain('投资标的名称：湖滨锂能年产10GWh储能电池项目\n投资金额：项目总投资约50亿元');
    expect(article!.text.join('\n')).not.toMatch(/证券代码|公告编号/u);
  });

  it('a newspaper article with a linked box: the box’s label is no byline', () => {
    const [article] = ingest('sidebar-box-page.txt');
    expect(article!.data.title).toBe('湖畔高新区获批国家级科技企业孵化器');
    expect(article!.data.byline).toEqual(['韩雪']);
  });

  it('a portal’s repost: its way back, its disclaimers and its read count go', () => {
    const [article, ...rest] = ingest('portal-repost.txt');
    expect(rest).toEqual([]);
    expect(article!.data.title).toBe('湖滨高新区：科技型中小企业评价入库数创新高');
    expect(article!.text).toHaveLength(3);
    expect(article!.text.join('\n')).not.toMatch(/返回|声明|阅读|责任编辑|原标题/u);
  });

  it('an interview in questions and answers: each question and answer a paragraph, the segments it lists no companies', () => {
    const [article] = ingest('press-qa.txt', detector());
    expect(article!.data.subtitle).toBe('访湖畔高新区党工委书记刘建华');
    expect(article!.data.byline).toEqual(['孙晨']);
    expect(article!.text.map((t) => t.slice(0, 2))).toEqual(['问：', '答：', '问：', '答：']);
    expect(article!.data.companies).toEqual([]);
  });

  it('a station’s web copy: 某某网消息（某某新闻联播）： is the dateline, not the title', () => {
    const [article] = ingest('tv-dateline.txt');
    expect(article!.text[0]).toMatch(/^11月5日，湖滨高新区举行/u);
    expect(article!.data.title).not.toMatch(/消息|联播/u);
  });

  it('a Taiwan agency’s press release: its date in the Republic’s years, the agency as the source, the release’s label and unit gone', () => {
    const [article, ...rest] = ingest('taiwan-gov-release.txt');
    expect(rest).toEqual([]);
    expect(article!.data.title).toBe('湖濱科學園區第一季營業額成長12%　半導體與光電產業領跑');
    expect(article!.data.kicker).toBeUndefined();
    expect(article!.data.subtitle).toBeUndefined();
    expect(article!.data.date).toBe('2023-05-03');
    expect(article!.data.source?.publication).toBe('湖濱科學園區管理局');
    expect(article!.text.join('\n')).not.toMatch(/新聞稿|發布|聯絡人|電話/u);
  });

  it('a work bulletin: each dated item an article of its own, the bulletin as the source', () => {
    const articles = ingest('work-bulletin.txt');
    expect(articles.map((a) => a.data.title)).toEqual(['园区召开二季度项目推进会', '湖畔人才驿站揭牌运营']);
    expect(articles.map((a) => a.data.source?.publication)).toEqual(['湖畔高新区工作简报', '湖畔高新区工作简报']);
    expect(articles[1]!.text[0]).toMatch(/^6月16日，湖畔人才驿站/u);
  });

  it('a page saved with its HTML: tags gone, character references decoded, the text’s lines kept', () => {
    const [article] = ingest('html-remnants.txt');
    expect(article!.data.title).toBe('湖滨高新区：“科创飞地”签约项目突破50个');
    expect(article!.text).toHaveLength(2);
    expect(article!.text.join('\n')).not.toMatch(/[<>&]/u);
    expect(article!.text[1]).toContain('一线城市人才资源。园区对飞地');
  });

  it('a page laid out as a form: the title field is the headline, the source field no text', () => {
    const [article, ...rest] = ingest('labelled-fields-page.txt');
    expect(rest).toEqual([]);
    expect(article!.data.title).toBe('湖畔高新区启动2023年度“揭榜挂帅”科技项目申报');
    expect(article!.data.kicker).toBeUndefined();
    expect(article!.text[0]).toMatch(/^近日，湖畔高新区启动/u);
    expect(article!.text.join('\n')).not.toMatch(/来源|内容概述|标题/u);
    // The source field, among the page's labelled fields, names the source.
    expect(article!.data.source?.publication).toBe('科技创新局');
  });

  it('a headline with its reporter on the same line: the reporter is the byline, not part of the title', () => {
    const [article] = ingest('title-byline-one-line.txt');
    expect(article!.data.title).toBe('湖畔高新区加快建设未来产业先导区');
    expect(article!.data.byline).toEqual(['朱琳']);
  });

  it('an article jumping to a page named in Chinese numerals: one article, its word joined across the jump, its page from the head', () => {
    const [article, ...rest] = ingest('jump-chinese-numerals.txt');
    expect(rest).toEqual([]);
    expect(article!.data.byline).toEqual(['欧阳晓明']);
    expect(article!.data.source?.page).toBe('第一版');
    expect(article!.text[1]).toContain('关键核心技术攻关，对首台（套）装备');
    expect(article!.text.at(-1)).toBe('会上，12个智能装备项目集中签约，总投资165亿元。');
  });

  it('a press conference’s transcript: the headline is the title; its notice fields and speakers stay as text', () => {
    const [article, ...rest] = ingest('press-conference.txt');
    expect(rest).toEqual([]);
    expect(article!.data.title).toBe('“推动开发区高质量发展”新闻发布会实录');
    expect(article!.data.byline ?? []).toEqual([]);
    expect(article!.text.slice(0, 3)).toEqual(['主题：介绍全市开发区创新提升工作情况', '时间：2023年12月6日上午10:00', '地点：市政府新闻发布厅']);
    expect(article!.text.join('\n')).toContain('湖畔经济技术开发区管委会副主任');
    expect(article!.text.join('\n')).toContain('主持人：');
    expect(article!.text.join('\n')).not.toMatch(/相关附件|docx|关闭窗口/u);
  });

  it('a county app’s page: the read count is no title, the author field gives the byline, the source field the source', () => {
    const [article, ...rest] = ingest('county-app-page.txt');
    expect(rest).toEqual([]);
    expect(article!.data.title).toBe('青岚区：“小巨人”企业扎堆　园区亩均税收创新高');
    expect(article!.data.byline).toEqual(['许一帆', '葛宁']);
    expect(article!.data.date).toBe('2024-03-21');
    expect(article!.text.join('\n')).not.toMatch(/阅读量|点赞|评论/u);
  });

  it('an author platform’s post: follower counts and the rights notice go; the meta row gives the date', () => {
    const [article, ...rest] = ingest('author-platform-post.txt');
    expect(rest).toEqual([]);
    expect(article!.data.title).toBe('湖畔新城这家电池材料企业，三年营收翻了五倍');
    expect(article!.data.date).toBe('2023-11-08');
    expect(article!.data.source?.publication).toBe('湖畔财经观察');
    expect(article!.text.join('\n')).not.toMatch(/粉丝|原创|欢迎关注|举报/u);
  });

  it('a phone screenshot’s text: the status bar, the app’s top bar and the follow button go', () => {
    const [article, ...rest] = ingest('phone-screenshot.txt');
    expect(rest).toEqual([]);
    expect(article!.data.title).toBe('湖畔科技城首批“概念验证中心”揭牌');
    expect(article!.data.byline).toEqual(['丁沐阳']);
    expect(article!.data.date).toBe('2024-05-16');
    expect(article!.text[0]).toMatch(/^15日上午，湖畔科技城/u);
    expect(article!.text.join('\n')).not.toMatch(/关注|湖畔新闻\s|阅读/u);
  });

  it('a site that dates in English: `by NAME | Sep 5, 2023` gives the byline and the date; the rights notice and `You may also like` go', () => {
    const [article, ...rest] = ingest('english-date-site.txt');
    expect(rest).toEqual([]);
    expect(article!.data.title).toBe('湖畔高新区机器人产业园年产值破百亿，这家“链主”贡献三成');
    expect(article!.data.byline).toEqual(['傅子轩']);
    expect(article!.data.date).toBe('2023-09-05');
    expect(article!.data.kicker).toBeUndefined();
    expect(article!.text.join('\n')).not.toMatch(/原创|转载|Share|智能制造$/u);
  });

  it('an e-paper’s page: its navigation goes, its page label is read, and each article and the briefs column stand apart', () => {
    const articles = ingest('epaper-page.txt');
    expect(articles.map((a) => a.data.title)).toEqual(['年封装能力将达36亿颗', '湖滨精密部件公司获评“灯塔工厂”', '园区短讯']);
    expect(articles.every((a) => a.data.source?.publication === '湖畔日报' && a.data.source.page === '第A03版')).toBe(true);
    expect(articles[2]!.text.join('\n')).toMatch(/^9月12日，.*（沈嘉禾）\n?近日，.*（陆晓川）$/su);
    expect(articles.flatMap((a) => a.data.captions ?? [])).toEqual([]);
    expect(articles.flatMap((a) => a.text).join('\n')).not.toMatch(/导航|上一版|A01/u);
  });

  it('an evening paper’s page with an advert: the letter-spaced masthead is the paper, the advert goes, a bare 图为 line is a caption', () => {
    const articles = ingest('evening-paper-with-ad.txt');
    expect(articles.map((a) => a.data.title)).toEqual(['湖滨精密“黑灯车间”24小时不停转', '西岭园区首家外资研发中心落户']);
    expect(articles.every((a) => a.data.source?.publication === '湖畔晚报')).toBe(true);
    expect(articles[0]!.data.captions).toEqual(['图为湖滨精密部件有限公司“黑灯车间”内，机器人正在搬运工件。']);
    expect(articles[1]!.text.at(-1)).toBe('该中心首期投入研发人员60名，计划三年内扩充至200人。');
    expect(articles.flatMap((a) => a.text).join('\n')).not.toMatch(/招商|热线|火热/u);
  });

  it('a commentary: the paper from a page head of single-spaced fields, the author’s note kept as text, the related list gone', () => {
    const [article, ...rest] = ingest('commentary-with-bio.txt');
    expect(rest).toEqual([]);
    expect(article!.data.source?.publication).toBe('湖畔日报');
    expect(article!.data.source?.page).toBe('第05版');
    expect(article!.data.byline).toEqual(['廖思远']);
    expect(article!.text.at(-1)).toBe('（作者系湖畔大学公共管理学院副教授）');
    expect(article!.text.join('\n')).not.toMatch(/相关评论|营商环境没有最好/u);
  });

  it('a forum’s post: counters, the post’s tools and the replies go', () => {
    const [article, ...rest] = ingest('forum-post.txt');
    expect(rest).toEqual([]);
    expect(article!.data.date).toBe('2022-06-09');
    expect(article!.data.source?.publication).not.toBe('发表于');
    expect(article!.text).toHaveLength(3);
    expect(article!.text.join('\n')).not.toMatch(/沙发|板凳|只看该作者|房价|支持1|Discuz/u);
  });

  it('a bilingual park site: each English paragraph stands apart from the Chinese one after it', () => {
    const [article] = ingest('bilingual-park-page.txt');
    expect(article!.data.title).toBe('园区与新加坡企业签署合作备忘录');
    expect(article!.text).toHaveLength(6);
    expect(article!.text[1]).toMatch(/^On April 11,.*cold-chain equipment\.$/u);
  });

  it('an OCR page in full-width digits: the head’s date and page label are read', () => {
    const articles = ingest('ocr-broken-lines.txt');
    expect(articles).toHaveLength(2);
    for (const a of articles) {
      expect(a.data.date).toBe('2021-11-03');
      expect(a.data.source?.page).toBe('第3版');
      expect(a.data.source?.publication).toBe('湖畔日报');
    }
  });

  it('an appointment notice: a person’s 同志 ends what comes before a park’s name', () => {
    const [article] = ingest('appointment-notice.txt', detector());
    expect(article!.data.parks).toEqual(['青岚高新区']);
  });

  it('a district weekly: its page label on a line of its own, and a firm named after its role (运营方)', () => {
    const articles = ingest('district-weekly.txt', detector());
    expect(articles.map((a) => a.data.source?.page)).toEqual(['第2版', '第2版']);
    expect(articles[0]!.data.companies).toEqual(['湖畔数科产业发展有限公司']);
  });

  it('a paper’s page of three headline stacks: kicker over title, title over ——subtitle, spaced and role-less bylines', () => {
    const articles = ingest('paper-three-stacks.txt');
    expect(articles.map((a) => [a.data.kicker, a.data.title, a.data.subtitle])).toEqual([
      ['一季度新签约项目23个，总投资超百亿元', '常州国家高新区新能源赛道再提速', undefined],
      [undefined, '武进国家高新区“小巨人”企业扎堆', '全区国家级专精特新“小巨人”企业增至31家'],
      ['聚焦石墨烯新材料', '常州经开区加快建设碳材料创新高地', '今年将新建3个公共技术服务平台'],
    ]);
    expect(articles.map((a) => a.data.byline)).toEqual([['顾言', '蒋澄'], ['杭宁'], ['周晴', '吴越']]);
    expect(articles[0]!.data.captions).toEqual(['恒驰储能二期工厂的电芯产线正在联调。（资料图片）']);
    // A quotation and its speaker on the next line are one paragraph.
    expect(articles[0]!.text[0]).toMatch(/20GWh。”公司副总经理钱卫东说。$/u);
    expect(articles[2]!.text.at(-1)).toMatch(/产品研发。$/u);
  });

  it('a WeChat post with ◆ subheads: one article with its subheads; the collection line and the account’s chrome go', () => {
    const [article, ...rest] = ingest('wechat-with-subheads.txt');
    expect(rest).toEqual([]);
    expect(article!.data.subtitle).toBeUndefined();
    expect(article!.text).toContain('新药上市提速');
    expect(article!.text).toContain('平台服务升级');
    expect(article!.text.join('\n')).not.toMatch(/收录于|以上内容来源|微信号|阅读原文|审核/u);
  });

  it('a work report with a ruled table: its two-line title is one, its issuer no subtitle, the rules gone, (1) items apart', () => {
    const [article, ...rest] = ingest('work-report-ruled-table.txt');
    expect(rest).toEqual([]);
    expect(article!.data.title).toBe('淄博高新区2023年科技创新工作总结及2024年工作计划');
    expect(article!.data.kicker).toBeUndefined();
    expect(article!.data.subtitle).toBeUndefined();
    expect(article!.text.join('\n')).not.toMatch(/──/u);
    expect(article!.text).toContain('（1）淄博中科先进陶瓷研究院建成中试线3条，孵化企业6家；');
  });

  it('a front page with an index and a jump: the index goes, the jumped article is whole, the piece after it stands apart', () => {
    const articles = ingest('front-page-index-jump.txt');
    expect(articles.map((a) => a.data.title)).toEqual(['中韩（烟台）产业园跑出外资“加速度”', '烟台高新区新增2家国家级孵化器', '烟台开发区氢能产业园首批项目签约']);
    expect(articles[0]!.data.kicker).toBe('前4个月实际使用外资同比增长27%');
    expect(articles.map((a) => a.data.byline)).toEqual([['于海洋', '曲晓'], ['邹蕾', '林一凡'], ['于海洋']]);
    expect(articles[2]!.text).toEqual([expect.stringMatching(/^5月21日，烟台经济技术开发区氢能产业园.*生产基地。$/u)]);
    expect(articles.flatMap((a) => a.text).join('\n')).not.toMatch(/导读|海洋牧场|第8963期|今日16版/u);
  });

  it('a paper’s page where a headline as wide as the column stands over a dated lead: a new article, not the last one’s text', () => {
    const articles = ingest('paper-headline-over-lead.txt');
    expect(articles.map((a) => a.data.title)).toContain('济南高新区发布人才新政10条');
    const guiyang = articles.find((a) => a.data.title === '贵阳国家高新区大数据企业“抱团出海”')!;
    expect(guiyang.text.join('\n')).not.toContain('人才新政');
  });

  it('a briefs page led by ● and ★: each item is an article, a ★ lead over a dated text no caption, a lead closed by 。 read', () => {
    const articles = ingest('briefs-star-leads.txt');
    expect(articles.map((a) => a.data.title).sort()).toEqual(
      ['焦作高新区3家企业入选省级智能工厂', '昆山开发区光电产业再添新项目', '衢州智造新城氟硅新材料产业园二期开工', '襄阳高新区新能源汽车检测认证中心获国家级资质'].sort(),
    );
    expect(articles.flatMap((a) => a.data.captions ?? [])).toEqual(['焦作高新区一家企业的智能生产线。本报记者　马　骁　摄']);
  });

  it('a magazine feature credited 文／…　图／…: the writer is the byline, the headline over it the title', () => {
    const [article, ...rest] = ingest('magazine-slash-credits.txt');
    expect(rest).toEqual([]);
    expect(article!.data.title).toBe('宁波高新区：新材料“小切口”做出大产业');
    expect(article!.data.byline).toEqual(['钱晓岚']);
    expect(article!.text[0]).toMatch(/^在宁波高新区，有一家企业只做一件事/u);
  });

  it('a portal whose menu bar opens with its name: the bar is chrome, never a kicker', () => {
    const [article] = ingest('portal-menu-with-site.txt');
    expect(article!.data.kicker).toBeUndefined();
    expect(article!.data.title).toBe('东湖高新区光电子信息产业一季度营收增长18%');
  });

  it('a series’ banner in brackets over an editor’s note: the banner is the series and the note the first paragraph of the article under them', () => {
    const articles = ingest('series-banner-editors-note.txt');
    const main = articles.find((a) => a.data.title === '中山火炬开发区：“服务专员”跑在企业前头')!;
    expect(main.data.series).toBe('高质量发展调研行');
    expect(main.data.subtitle).toBe('上半年新签约亿元以上项目41个');
    expect(main.text[0]).toMatch(/^编者按：/u);
    expect(main.text[1]).toMatch(/^7月2日上午/u);
    expect(articles.map((a) => a.data.title)).not.toContain('【高质量发展调研行】');
  });

  it('a Hong Kong page whose share buttons stand one a line: they go, the headline is the title, the browser title’s site the source', () => {
    const [article, ...rest] = ingest('hong-kong-share-column.txt');
    expect(rest).toEqual([]);
    expect(article!.data.title).toBe('港商北上中山火炬開發區　健康科技產業成新寵');
    expect(article!.data.byline).toEqual(['何嘉欣']);
    expect(article!.data.source?.publication).toBe('港聞速遞');
    expect(article!.text.join('\n')).not.toMatch(/電郵|列印|訂閱/u);
  });

  it('a magazine’s running head with its folio at a page break: gone, and the sentence it cut made whole', () => {
    const [article] = ingest('magazine-running-head-folio.txt');
    expect(article!.text.join('\n')).not.toMatch(/INDUSTRY|中国园区/u);
    expect(article!.text.join('\n')).toContain('从配角成长为“单项冠军”');
  });

  it('a work report given as a speech: its material label is the series, the speaker (posts listed with 、) the byline, the salutation a paragraph', () => {
    const [article] = ingest('work-report-speech.txt');
    expect(article!.data.title).toBe('淄博高新区2023年工作总结及2024年工作思路');
    expect(article!.data.series).toBe('淄博高新区经济工作会议材料（一）');
    expect(article!.data.subtitle).toBe('2024年1月12日在淄博高新区经济工作会议上');
    expect(article!.data.byline).toEqual(['宋建国']);
    expect(article!.text[0]).toBe('同志们：');
  });

  it('a portal’s photo caption under [图片], a phrase closed by a full stop: a caption, not the text', () => {
    const [article] = ingest('portal-image-caption.txt');
    expect(article!.data.captions).toEqual(['西安高新区软件新城园区一角。']);
    expect(article!.text.join('\n')).not.toContain('园区一角');
  });

  it('an interview with a profile box under its headline: the box is its own, the indented text after it the interview’s', () => {
    const articles = ingest('interview-with-profile-box.txt');
    const interview = articles.find((a) => a.data.title === '“硬科技”要在产业链上扎根')!;
    expect(interview.data.subtitle).toBe('访西安星途光电科技有限公司董事长韩景明');
    expect(interview.data.byline).toEqual(['程朗']);
    expect(interview.data.source?.publication).toBe('西部科技产经报');
    expect(interview.text[0]).toMatch(/^在西安高新区/u);
    expect(interview.text).toContain('问：当初为什么选择在西安高新区创业？');
    expect(articles.find((a) => a.data.title === '人物名片')?.text).toEqual([expect.stringMatching(/^韩景明，光学工程博士/u)]);
  });

  it('a WeChat post whose credits name letter-spaced editors (排版 | 王  悦): the credits go, the headline is the title', () => {
    const [article] = ingest('wechat-spaced-credits.txt');
    expect(article!.data.title).toBe('量子产业“从实验室走向生产线”，合肥高新区这样做');
    expect(article!.data.kicker).toBeUndefined();
  });

  it('a Hong Kong page with a section in brackets, a follow prompt and a list of hot stories inside the text', () => {
    const [article, ...rest] = ingest('hong-kong-section-and-hot-list.txt');
    expect(rest).toEqual([]);
    expect(article!.data.title).toBe('前海推港企專項支援　首年租金最高全免');
    expect(article!.data.byline).toEqual(['黃嘉琪']);
    expect(article!.text.join('\n')).not.toMatch(/熱門|天文台|港鐵|Facebook|港聞/u);
  });

  it('a government site with a list of attachments under its article: the list goes', () => {
    const [article] = ingest('government-site-attachments.txt');
    expect(article!.text.join('\n')).not.toMatch(/附件|\.pdf|\.docx/u);
  });

  it('a magazine with a box drawn in rules and captions credited 摄影／: no rule stays, both captions are lifted', () => {
    const articles = ingest('magazine-drawn-box.txt');
    const all = articles.flatMap((a) => a.text).join('\n');
    expect(all).not.toMatch(/[┌┐└┘│─]/u);
    expect(articles.flatMap((a) => a.data.captions ?? [])).toEqual(['苏州工业园区生物医药产业园的研发楼群。摄影／钱毅', '禾元生物的工作人员在GMP车间内进行细胞培养。摄影／钱毅']);
  });

  it('a work report whose folio stands between blank lines inside a sentence: the sentence is one paragraph', () => {
    const [article] = ingest('work-report-folio-between-blanks.txt');
    expect(article!.text.join('\n')).toContain('全年技术合同成交额达到36.8亿元');
  });

  it('two columns read across under a row of two headlines and a row of two bylines: each headline its title, each byline its own', () => {
    const articles = ingest('two-columns-byline-row.txt');
    expect(articles.map((a) => [a.data.title, a.data.byline])).toEqual([
      ['成都高新区集成电路设计业领跑西部', ['罗雪']],
      ['成都经开区新能源汽车产量翻番', ['唐亮']],
    ]);
  });

  it('a page of photos: each numbered caption, wrapped under its photo, is lifted whole, and the page is one article', () => {
    const articles = ingest('photo-page-numbered-captions.txt');
    expect(articles).toHaveLength(1);
    const [article] = articles;
    expect(article!.data.title).toBe('镜头里的“西海岸速度”');
    expect(article!.data.captions).toHaveLength(5);
    expect(article!.data.captions![1]).toBe('②在青岛琅屿海洋装备有限公司的总装车间，工人正在焊接深海养殖工船的船体分段。');
    const all = article!.text.join('\n');
    for (const tail of ['在装卸作业。', '验室内进行海洋微藻培养试验。', '塔吊林立']) expect(all).not.toContain(tail);
  });

  it('an e-paper’s page: its navigation lists and page-turning links go, the headline under them stays', () => {
    const [article, ...rest] = ingest('epaper-navigation-lists.txt');
    expect(rest).toEqual([]);
    expect(article!.data.title).toBe('昆明高新区生物医药产业产值增长16%');
    expect(article!.data.kicker).toBe('一季度新增生物医药企业43家');
    expect(article!.data.byline).toEqual(['段瑶']);
    const all = article!.text.join('\n');
    for (const chrome of ['上一版', '下一篇', '返回本版目录', '版面导航', '往期回顾']) expect(all).not.toContain(chrome);
  });

  it('a TV transcript: the player’s controls are no title, the time codes and on-screen text go', () => {
    const [article] = ingest('tv-transcript-time-codes.txt');
    expect(article!.data.title).toBe('厦门火炬高新区：新型显示产业链再“补一环”');
    expect(article!.text[0]).toMatch(/^主持人：观众朋友，晚上好。/u);
    const all = article!.text.join('\n');
    expect(all).not.toMatch(/\[\d{2}:\d{2}:\d{2}\]|字幕：|下载客户端|02:06/u);
  });

  it('an interview: its quoted headline is the title, not a pull quote, and its marked subheads stay in it', () => {
    const articles = ingest('interview-quoted-headline-subheads.txt', detector());
    expect(articles).toHaveLength(1);
    const [article] = articles;
    expect(article!.data.title).toBe('“把一颗芯片做成一条链”');
    expect(article!.data.subtitle).toBe('访江西晶虹光电科技有限公司董事长熊启明');
    expect(article!.data.series).toBe('对话园区企业家');
    expect(article!.data.byline).toEqual(['黄蓓', '万里']);
    expect(article!.data.captions).toEqual(['熊启明（受访者供图）']);
    expect(article!.data.companies).toContain('江西晶虹光电科技有限公司');
    for (const topic of ['谈选择', '谈链条', '谈未来']) expect(article!.text.some((t) => t.includes(topic))).toBe(true);
  });

  it('a page with an English summary box: the box goes, the Chinese text on either side is one article', () => {
    const [article, ...rest] = ingest('english-summary-box.txt', detector());
    expect(rest).toEqual([]);
    expect(article!.data.parks).toContain('中新天津生态城');
    const all = article!.text.join('\n');
    expect(all).not.toMatch(/English Summary|zero-carbon office/u);
    expect(all).toContain('据了解，大楼的建筑能耗数据将全部接入');
  });

  it('a commentary boxed between two rules inside a news article: the text after the box goes back to the news', () => {
    const [news, comment, ...rest] = ingest('commentary-box-between-rules.txt');
    expect(rest).toEqual([]);
    expect(news!.data.byline).toEqual(['左琳', '彭晨']);
    expect(news!.text.join('\n')).toContain('签约项目平均开工时间缩短至90天以内');
    expect(comment!.data.title).toBe('“抢”项目更要“养”项目');
    expect(comment!.data.byline).toEqual(['舒扬']);
    expect(comment!.text.join('\n')).not.toContain('投资促进局');
  });
});

describe('layouts never seen before, sixth round', () => {
  it('briefs under a barred page head: the head dates them, numbered and bracketed headlines (one wrapped onto a second line) lead items', () => {
    const articles = ingest('briefs-numbered-and-bracketed.txt');
    expect(articles.map((a) => a.data.title)).toEqual([
      '南京江北新区集成电路设计业营收增长23%',
      '江宁开发区首个“零碳工厂”通过认证',
      '南京高新区发布“人才贷”新产品',
      '南京生物医药谷新增1家上市企业',
      '南京经开区光电显示产业园二期开工',
      '镇江高新区引进3个航空航天配套项目',
      '扬州经开区汽车零部件出口额同比增长31%',
      '南京经开区举办校企人才对接会',
      '盐城经开区新能源汽车产量增长四成',
      '南通高新区启动科技型企业“春苗”培育计划',
    ]);
    for (const a of articles) expect(a.data.date).toBe('2024-08-23');
    expect(articles[6]!.text[0]).toMatch(/^今年前7个月，扬州经济技术开发区/u);
    const all = articles.flatMap((a) => a.text).join('\n');
    expect(all).not.toMatch(/【|园区快讯|本版图片|编辑：/u);
  });

  it('an interview with its questions in bold: one article, each turn a paragraph, the photo’s credit with its caption', () => {
    const articles = ingest('interview-bold-questions.txt');
    expect(articles).toHaveLength(1);
    const [article] = articles;
    expect(article!.data.byline).toEqual(['蔡琳']);
    expect(article!.data.captions).toHaveLength(1);
    expect(article!.data.captions![0]).toMatch(/^黄志明（右）接受本报记者采访。本报记者/u);
    expect(article!.text).toContain('记者：在吸引人才方面，珠海高新区有什么优势？');
    expect(article!.text.some((t) => t.startsWith('黄志明：融资和用地是企业反映比较集中的问题。'))).toBe(true);
    expect(article!.text.join('\n')).toContain('实施科技企业“育苖造林”行动，对不同阶段的企业分类施策');
  });

  it('a Taiwan paper’s print page: the date in the Republic’s years, each headline over its filed-from opening starts its article, the imprint goes', () => {
    const articles = ingest('taiwan-print-page.txt');
    expect(articles.map((a) => a.data.title)).toEqual(['竹科先進封裝擴產潮　帶旺周邊供應鏈', '中科台中園區　智慧機械廠商接單回溫', '南科廠商綠電採購量　今年倍增']);
    for (const a of articles) expect(a.data.date).toBe('2024-03-12');
    expect(articles.map((a) => a.data.byline)).toEqual([['林怡君'], ['陳冠宇'], ['蘇育萱']]);
    expect(articles.flatMap((a) => a.text).join('\n')).not.toMatch(/社址|訂報|廣告/u);
  });

  it('a document with its attachment: the issuer over 关于… opens the title, the attachment and its table stay in the document', () => {
    const [report, ...rest] = ingest('report-with-attachment.txt', detector());
    expect(rest).toEqual([]);
    expect(report!.data.title).toBe('长春新区科技创新局关于2023年工作总结和2024年工作安排的报告');
    const all = report!.text.join('\n');
    expect(all).toContain('2024年重点科技创新项目计划表');
    expect(all).toContain('吉林长瑞生物制药有限公司');
    expect(report!.data.companies).toContain('吉林长瑞生物制药有限公司');
  });

  it('a magazine feature with a box after it: the box under its label is a piece of its own, not the page’s tail', () => {
    const articles = ingest('magazine-box-after-article.txt');
    expect(articles.map((a) => a.data.title)).toEqual(['未来科技城：合成生物的“造物”之路', '名词解释', '相关链接']);
    expect(articles[2]!.text.join('')).toMatch(/^合成生物中试公共服务平台位于未来科技城，建筑面积1.2万平方米/u);
  });

  it('an article jumping over two pages: its text joined across both, the fragment after 上接 no headline, a trailing byline broken over two lines split off', () => {
    const articles = ingest('jump-twice.txt');
    expect(articles.map((a) => a.data.title)).toEqual(['无锡高新区物联网产业迈上千亿台阶', '无锡经开区签约12个数字经济项目', '宜兴环科园新增9家省级专精特新企业']);
    const lead = articles[0]!.text.join('\n');
    expect(lead).toContain('在此基础上，该区还推动物联网技术');
    expect(lead).not.toMatch(/上接|下转|转A6版/u);
    expect(articles[2]!.data.byline).toEqual(['储佳']);
    expect(articles[2]!.text.join('')).not.toContain('通讯员');
  });
});

describe('layouts never seen before, seventh round', () => {
  it('a work bulletin: its contents list names its items, each an article without its number; the units’ credits and the distribution go', () => {
    const articles = ingest('bulletin-with-contents.txt');
    expect(articles.map((a) => a.data.title)).toEqual([
      '湘潭高新区推行“链长+链主”双链协同机制',
      '园区一季度规上工业增加值增长8.7%',
      '湘潭高新区举办2024年春季人才招聘会',
      '湘潭高新区新认定市级企业技术中心11家',
      '园区开展安全生产大检查',
    ]);
    expect(articles[0]!.text[0]).toMatch(/^编者按：/u);
    expect(articles[0]!.text).toContain('一、建立“一链一图”，精准招商补链');
    const all = articles.flatMap((a) => a.text).join('\n');
    expect(all).not.toMatch(/供稿|本期要目|●|报：|共印/u);
  });

  it('a broadcast script: its production notes go, each numbered item an article, its tags kept', () => {
    const articles = ingest('county-tv-script.txt');
    expect(articles.map((a) => a.data.title)).toEqual([
      '莫干山高新区：地理信息产业“扩圈”又“强链”',
      '德清经济开发区一批重大项目集中开工',
      '“莫干山杯”地理信息创新创业大赛决赛举行',
      '德清县举办秋季人才招聘会',
    ]);
    expect(articles[0]!.text[0]).toMatch(/^【导语】今年以来/u);
    const all = articles.flatMap((a) => a.text).join('\n');
    expect(all).not.toMatch(/时长|播出稿|融媒体中心|【\d】/u);
  });

  it('an article with a table: the table whole in it, its caption a line, the next article untouched by column reading', () => {
    const [article, brief, ...rest] = ingest('article-with-table.txt');
    expect(rest).toEqual([]);
    expect(article!.data.title).toBe('临港新片区：外资“加码”高端制造');
    const all = article!.text.join('\n');
    expect(all).toContain('货物进出口总额 亿元 1,652.8 15.1');
    expect(article!.text).toContain('表1 2024年上半年临港新片区主要经济指标');
    expect(brief!.data.title).toBe('洋山特殊综合保税区上半年进出口额增长两成');
    expect(brief!.text.join('')).not.toContain('〔下缺〕');
  });

  it('a magazine feature with footnotes: the sentence the page break cut runs on, the notes after the text, the writers from ■ 文／', () => {
    const [article] = ingest('magazine-footnotes.txt');
    expect(article!.data.byline).toEqual(['郑远航', '刘芸']);
    const all = article!.text.join('\n');
    expect(all).toContain('正极材料项目，年产能达到10万吨');
    expect(article!.text.slice(-3).map((t) => t[0])).toEqual(['①', '②', '③']);
  });

  it('a Hong Kong site’s report: its bracketed opening gives the byline, the advert and the related link go', () => {
    const [article] = ingest('hong-kong-site-dateline.txt');
    expect(article!.data.byline).toEqual(['何嘉欣']);
    expect(article!.text[0]).toMatch(/^今年以來，/u);
    expect(article!.text.join('\n')).not.toMatch(/廣告|相關閱讀|記者 何嘉欣/u);
  });

  it('a commentary page: its two-line title ending in a comma is one title, the short comment under its label its own piece', () => {
    const [commentary, comment, ...rest] = ingest('commentary-and-short-comment.txt');
    expect(rest).toEqual([]);
    expect(commentary!.data.title).toBe('“中试”这一环，园区要主动补上');
    expect(commentary!.data.kicker).toBeUndefined();
    expect(commentary!.text.at(-1)).toMatch(/^（作者系/u);
    expect(comment!.data.title).toBe('服务企业，贵在“带着问题去”');
    expect(comment!.data.byline).toEqual(['燕平']);
  });

  it('a special page with a box of briefs after its article: the box its own piece, its items whole', () => {
    const articles = ingest('special-page-briefs-box.txt');
    expect(articles.map((a) => a.data.title)).toEqual(['哈尔滨新区：把科技创新“种”进产业链', '新区速递']);
    expect(articles[1]!.text.join('\n')).toContain('哈尔滨新区今年首场“人才夜市”日前举办，36家企业现场提供岗位800余个。');
  });

  it('two columns of unequal width, the narrow one ending first and heading a brief half-way down: the wide one read to its end first', () => {
    const articles = ingest('two-columns-unequal.txt');
    expect(articles.map((a) => a.data.title)).toEqual(['郑州航空港区智能终端产业“链”动全球', '郑州高新区新增两家国家级孵化器', '郑州经开区启动“智改数转”诊断服务', '郑州高新区举办超硬材料产业对接会']);
    const lead = articles[0]!.text.join('');
    expect(lead).toContain('涵盖摄像模组、声学器件、柔性电路板等领域。');
    expect(lead).toContain('可在48小时内运抵全球主要市场。');
    expect(articles[0]!.data.captions ?? []).toEqual([]);
  });
});
