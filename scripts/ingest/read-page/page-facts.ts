// What the page's furniture says about the page: the date it was printed or posted, the paper,
// site or account that published it, and the authors a post's meta line names. Read from the
// furniture lines only, never from the text.
import { SURNAMES } from './surnames.ts';
import { asciiAlnum } from '../char-classes.ts';
import { simplifiedChars } from '../../../src/core/script.ts';
import { breadcrumbSite, fields, type FurnitureKind, MASTHEAD, mastheadParts } from './furniture.ts';
import { monthDayIn, printedDate } from './printed-date.ts';

export interface PageFacts {
  /** The page's printed date, as precise as printed (YYYY-MM-DD, YYYY-MM or YYYY). */
  date?: string;
  /** Newspaper, site or account named by the page's own furniture. */
  publication?: string;
  /** The page (版次) its head prints: `A3`, `第5版`. */
  page?: string;
  /** The headline given by a saved web page's window title. */
  webTitle?: string;
  /** Authors named by a post's meta line (`原创 陈思远 某某发布 2023-08-01`). */
  authors: string[];
}

export interface FurnitureLine {
  text: string;
  kind: FurnitureKind;
}

const DATED_KINDS = new Set<FurnitureKind>(['page-head', 'credit', 'meta', 'masthead', 'almanac']);
const precision = (d: string) => d.length;

/** The most precise date the furniture prints; a month and day take their year from elsewhere. */
export function pageDate(lines: readonly FurnitureLine[]): string | undefined {
  let best: string | undefined;
  for (const line of lines) {
    if (!DATED_KINDS.has(line.kind)) continue;
    const d = printedDate(line.text);
    if (d && (!best || precision(d) > precision(best))) best = d;
  }
  if (best && best.length === 4) {
    for (const line of lines) {
      const d = line.kind === 'page-head' ? monthDayIn(line.text, Number(best)) : undefined;
      if (d) return d;
    }
  }
  return best;
}

const looksLikeName = (t: string) => /^\p{Script=Han}{2,4}$/u.test(t) && (SURNAMES.has(t.slice(0, 2)) || SURNAMES.has(t[0]!));
const POST_META = /^(?:原创\s+)?((?:\S{1,12}\s+){1,5})(?:19|20)\d{2}[-./年]\d{1,2}[-./月]\d{1,2}/u;

/** A labelled field of a meta line (`来源：湖畔日报`, `编辑：王晓明`, `点击：次`). */
const LABELLED = /^[^:：\s]{1,6}[:：]/u;
/** Where a web page says it came from; `未知`, `网络` name no source. */
const SOURCE_FIELD = /(?:^|[\s　|｜])(?:来源|稿源|出处|来自)[:：]\s*([^\s　|｜:：]{2,24})/u;
const NO_SOURCE = /^(?:未知|网络|互联网|网友|本站|原创|转载)$/u;

/** The source a web page's meta line names (`来源：湖畔日报　编辑：…`), if any. */
export function metaSource(text: string): string | undefined {
  const found = SOURCE_FIELD.exec(text)?.[1];
  return found && !NO_SOURCE.test(found) ? found : undefined;
}

/** A writers' role after an outlet's name on a meta line: `…记者`, `…通讯员`, `…特约撰稿`. */
const WRITER_ROLE = /(?:特约|实习|见习|全媒体|融媒体|首席)?(?:记者|通讯员|撰稿人?|评论员)$/u;

/** A post's own words on its meta line: who posted (楼主) and when (发表于), neither an account. */
const POST_WORD = /^(?:发表于|发布于|楼主|原创)$/u;

/** A post's meta line: its authors (personal names) and the account that posted it. */
export function postMeta(text: string): { authors: string[]; account?: string } | undefined {
  const m = POST_META.exec(text.trim());
  if (!m || (!/^原创\s|发表于/u.test(text.trim()) && !/\s/u.test(m[1]!.trim()))) return undefined;
  // Labelled fields are the page's (来源, 编辑, 点击), not a post's author or account.
  // An outlet with its writers' role (`某某日报·某某客户端记者`) is the outlet: the role is no account.
  const tokens = m[1]!
    .trim()
    .split(/\s+/u)
    .filter((t) => !LABELLED.test(t) && !POST_WORD.test(t))
    .map((t) => t.replace(WRITER_ROLE, ''))
    .filter(Boolean);
  const authors = tokens.filter(looksLikeName);
  const account = tokens.filter((t) => !looksLikeName(t)).at(-1);
  return { authors, ...(account ? { account } : {}) };
}

/** Writers a page's meta line names in a field of their own: `作者：杨帆`, `记者：甲、乙`, `by 杨帆`. */
const AUTHOR_FIELD = /(?:^|\s)(?:(?:作者|记者|撰稿|撰文)\s*[:：]|[Bb]y)\s*(\p{Script=Han}{2,4}(?:(?:[、，,]|\s(?!\s))\s*\p{Script=Han}{2,4}){0,3})/u;

export function labelledAuthors(text: string): string[] | undefined {
  const m = AUTHOR_FIELD.exec(text);
  const names = m ? m[1]!.split(/[\s、，,]+/u).filter(looksLikeName) : [];
  return names.length > 0 ? names : undefined;
}

/** A magazine's running head names it before its issue: `28  某某经济 2023年第6期`. */
const MAGAZINE_ISSUE = /(?:^|\s)(\p{Script=Han}{2,10})\s*(?:19|20)\d{2}\s*年\s*第\s*\d{1,3}\s*期/u;

/** A page label in the page's head: `第5版`, `A3版`, `第 12 版` (spaces dropped). */
const EDITION_LABEL = /第\s*(?:[A-Z]?\d{1,3}|[一二三四五六七八九十]{1,3})\s*版|(?<![A-Za-z0-9])[A-Z]\d{1,2}\s*版/u;

/** A page head that opens with the page's label before its section and date: `A2  要闻  2023年5月4日 …`, `第一版  要闻  责编 …`. */
const LEADING_PAGE = /^\s*([A-Z]\d{1,2}|第\s*(?:[A-Z]?\d{1,3}|[一二三四五六七八九十]{1,3})\s*版)\s{2,}\S/u;

/** A field of its own in a dated page head that is a page label: `湖港日報  2023年7月12日  A10  經濟`. */
const pageField = (text: string): string | undefined => fields(text).find((f) => /^[A-Z]\d{1,2}$/u.test(f));

/** The page label the page's head prints: after the masthead, or in the dated page-head line. */
export function pageLabel(printed: readonly FurnitureLine[]): string | undefined {
  // Full-width digits read as ASCII: `第３版` is `第3版`.
  const lines = printed.map((l) => ({ ...l, text: asciiAlnum(l.text) }));
  for (const line of lines) {
    if (line.kind === 'masthead') {
      const { page } = mastheadParts(line.text);
      if (page) return page;
    }
    // A credit line names its page only as the head of the page (`A2  要闻  …  责编 王芳`), not in
    // an editor's role (`第6版编辑 张伟`).
    const found =
      line.kind === 'page-head'
        ? (EDITION_LABEL.exec(line.text)?.[0] ?? LEADING_PAGE.exec(line.text)?.[1] ?? pageField(line.text))
        : line.kind === 'credit'
          ? LEADING_PAGE.exec(line.text)?.[1]
          : undefined;
    if (found) return found.replace(/\s+/gu, '');
  }
  // A page's label beside its section on a line of its own (`A06 城事·产业`, `第2版 经济`), when
  // the page prints one such line: a page index (导读) lists several pages the same way.
  const labelled = lines.flatMap((l) => (l.kind === 'chrome' ? (LABEL_AND_SECTION.exec(l.text)?.slice(1, 2) ?? []) : []));
  return labelled.length === 1 ? labelled[0]!.replace(/\s+/gu, '') : undefined;
}

const LABEL_AND_SECTION = /^([A-Z]\d{1,2}|第\s*\d{1,2}\s*版)\s+\S.{1,30}$/u;

/**
 * `poster`: a post's account or author named on its own line over the post's date (postLabel in
 * furniture-regions.ts): a personal name is the author, anything else the account.
 */
export function readPageFacts(lines: readonly FurnitureLine[], site: string | undefined, webTitle: string | undefined, poster?: string): PageFacts {
  const facts: PageFacts = { authors: [] };
  const date = pageDate(lines);
  if (date) facts.date = date;
  const meta = firstOf(lines, 'meta', postMeta);
  const publication = publicationOf(lines, site, meta?.account, poster);
  if (publication) facts.publication = publication;
  const page = pageLabel(lines);
  if (page) facts.page = page;
  if (meta) facts.authors = meta.authors;
  if (facts.authors.length === 0) facts.authors = firstOf(lines, 'meta', labelledAuthors) ?? [];
  if (facts.authors.length === 0 && poster !== undefined && looksLikeName(poster)) facts.authors = [poster];
  if (webTitle) facts.webTitle = webTitle;
  return facts;
}

/** What `read` finds first in the furniture lines of one kind. */
function firstOf<T>(lines: readonly FurnitureLine[], kind: FurnitureKind, read: (text: string) => T | undefined): T | undefined {
  for (const line of lines) {
    const found = line.kind === kind ? read(line.text) : undefined;
    if (found !== undefined) return found;
  }
  return undefined;
}

// (Names are told in Simplified characters and kept as printed: 湖港日報.)
const isPaper = (name: string) => MASTHEAD.test(simplifiedChars(name));

/**
 * The paper, site or account that published the page, by the surest sign first: a masthead (its
 * page label left out: `徐州日报 A3`), a paper among the fields of the dated page head, a
 * magazine's running head, the browser title's site, a meta line's source, a post's account
 * (on its meta line, or on its own over the date), a source among the credits, the site a breadcrumb starts from, and last
 * any other name in a masthead's place (a company's or a body's site).
 */
function publicationOf(lines: readonly FurnitureLine[], site: string | undefined, account: string | undefined, poster: string | undefined): string | undefined {
  const mastheadName = (text: string) => mastheadParts(text).name;
  return (
    firstOf(lines, 'masthead', (t) => (isPaper(mastheadName(t)) ? mastheadName(t) : undefined)) ??
    firstOf(lines, 'page-head', (t) => fields(t).map(mastheadName).find(isPaper)) ??
    // …or its first word, where single spaces set the fields apart (`某某日报 2023年7月18日 第05版 评论`).
    firstOf(lines, 'page-head', (t) => [t.trim().split(/\s+/u)[0]!].map(mastheadName).find(isPaper)) ??
    firstOf(lines, 'page-head', (t) => MAGAZINE_ISSUE.exec(t)?.[1]) ??
    site ??
    firstOf(lines, 'meta', metaSource) ??
    account ??
    (poster !== undefined && !looksLikeName(poster) ? poster : undefined) ??
    // `来源：…` set apart among the editors' credits (`编辑：…`) names the source as well.
    firstOf(lines, 'credit', metaSource) ??
    firstOf(lines, 'chrome', breadcrumbSite) ??
    firstOf(lines, 'masthead', (t) => (/^\p{Script=Han}/u.test(mastheadName(t)) ? mastheadName(t) : undefined))
  );
}
