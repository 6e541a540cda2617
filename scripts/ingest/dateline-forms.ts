// The forms a news piece's dateline takes at the head of its first paragraph, in one place for
// every stage that looks for it (read-page's bylines, split's boundaries and paragraph starts,
// describe's derived titles):
//   本报讯, 本刊讯, 本报湖畔讯          the paper's own
//   湖畔晚报讯, 某某新闻客户端讯         another outlet's (讯 then a space, a bracket or the reporter)
//   新华社北京5月11日电, 人民网湖畔5月11日电   an agency's or a site's, with place and date
//   某某网消息（某某新闻联播）：          a site's or a station's, with the programme
// Matched in Simplified characters (callers convert Traditional text first).

/** An outlet: a name ending in what outlets are (报, 网, 台, 社, 客户端). */
const OUTLET = '\\p{Script=Han}{1,10}?(?:报|网|台|社|客户端)';
/** `…讯`, closed by what may follow a dateline (never `通讯设备`). */
const OWN = `(?:(?:本报|本刊|本台|本网)[^（(，,。\\s】\\]]{0,12}?|${OUTLET})讯(?=[\\s（(【\\[\\]】：:]|记者|通讯员|$)`;
/** `…5月11日电`. */
const DISPATCH = `${OUTLET}\\p{Script=Han}{0,6}?\\d{1,2}月\\d{1,2}日电(?=[\\s（(【\\[\\]】]|$)`;

/** `…网消息（某某新闻联播）：`: a site's or a station's, with the programme it aired in. */
const NEWS_FROM = `${OUTLET}消息(?:[（(][^（()）]{1,12}[）)])?(?:[：:]|(?=\\s|$))`;

/** The dateline's mark itself, in brackets or not (`【本报讯】`). */
export const DATELINE_MARK_SOURCE = `[【\\[]?(?:${OWN}|${DISPATCH}|${NEWS_FROM})[】\\]]?`;

/** A paragraph that opens with a dateline. */
export const DATELINE_START = new RegExp(`^\\s*${DATELINE_MARK_SOURCE}`, 'u');

/** A news lead without a dateline: the day, or `近日`, `日前`, then a comma (`9月5日，…`, `近日，…`). */
export const NEWS_LEAD = /^\s*(?:\d{1,2}月\d{1,2}日[，,上下晚]|近日[，,]|日前[，,]|记者(?:近日|日前|昨天|今天)?从\S{2,20}获悉)/u;
