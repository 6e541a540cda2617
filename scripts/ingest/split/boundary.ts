// Does a headline block start a new article, or is it a subhead of the article being read? The
// evidence is weighed, never a single rule: a byline under it, a kicker or subtitle, fake bold,
// the article before it having ended (a closing byline, a page jump), a `本报讯` or dated lead
// after it, a headline set wider than the text's column, a headline naming a place or an
// organisation, a column of briefs (园区短讯); against it, a subhead's mark (▌, 一、, （一）), a page that holds one article (a
// saved web page or post), a heading that ends in a colon, a heading that is the title of the
// document the article has named (a notice's attachment).
import { countHan, printedWidth } from '../char-classes.ts';
import { tagWords } from '../../../src/core/segment-words.ts';
import { DATELINE_START, NEWS_LEAD } from '../dateline-forms.ts';
import { splitDateline } from '../read-page/bylines.ts';
import { simplifiedChars } from '../../../src/core/script.ts';
import { ITEM_MARK } from './line-forms.ts';
import { BOUNDARY as B } from './knobs.ts';
import type { TitleParts } from './headline-roles.ts';

export interface BlockEvidence {
  parts: TitleParts;
  /** The lines of the block as printed. */
  texts: string[];
  bold: boolean;
  hasByline: boolean;
  /** Set with a subhead's mark (▌). */
  marked: boolean;
}

export interface ReadingState {
  /** The article being read has ended (closing byline, jump to another page). */
  closed: boolean;
  /** The text right after the block, if it is text. */
  next?: string;
  /** Width of the page's text column, in ems (undefined where lines are not hard-wrapped). */
  columnWidth?: number;
  /** The page holds one article (a saved web page, a post). */
  singleArticle: boolean;
  /** Titles the article being read names in 《》 (a notice naming the document it issues). */
  namedDocuments?: readonly string[];
}

/** The titles a text names in 《》. */
export function namedDocuments(text: string): string[] {
  return [...text.matchAll(/《([^《》]{4,60})》/gu)].map((m) => m[1]!.replace(/\s+/gu, ''));
}

/** A column of news briefs (园区短讯, 简讯, 要闻速递): a page's part of its own, never a subhead. */
const BRIEFS_COLUMN = /(?:短讯|简讯|快讯|速递|速览|简报|一周要闻|要闻集锦)$/u;
// (A table's or a figure's caption, `表1 …`, `图2 …`, is numbered too: the article's, not one of its own.)
const NUMBERED = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]|第[一二三四五六七八九十]+[章节部分]|[表图]\s*\d{1,2}(?!\d))/u;

/** Does the title name a place or an organisation (as news headlines do, and subheads seldom)? */
function namesSomething(title: string): boolean {
  return tagWords(title).some((w) => (w.tag === 'ns' || w.tag === 'nt') && countHan(w.word) >= 2) || /(?:区|园|城|公司|集团|企业|县|市|省)/u.test(title);
}

export function boundaryScore(block: BlockEvidence, state: ReadingState): number {
  const title = block.parts.title ?? block.texts.join('');
  let score = 0;
  if (block.hasByline) score += B.byline;
  if (block.parts.kicker || block.parts.subtitle || block.parts.series) score += B.structure;
  if (block.bold) score += B.bold;
  if (state.closed) score += B.afterClose;
  // OCR scatters spaces through a lead (10月17 日，): read it without them.
  // …and without the mark that leads a brief (▲9月12日，…).
  const next = state.next?.replace(/\s+/gu, '').replace(ITEM_MARK, '');
  // (A Taiwan or Hong Kong paper's filed-from opening, `〔記者…／…報導〕`, is read where bylines are.)
  if (state.next !== undefined && (DATELINE_START.test(simplifiedChars(state.next)) || splitDateline(state.next) !== undefined)) score += B.dateline;
  if (next !== undefined && NEWS_LEAD.test(next)) score += B.newsLead;
  if (state.columnWidth !== undefined && printedWidth(title) > state.columnWidth + B.wideMargin) score += B.wide;
  if (namesSomething(title)) score += B.named;
  if (BRIEFS_COLUMN.test(title)) score += B.briefsColumn;
  if (countHan(title) >= B.longTitle) score += B.long;
  if (countHan(title) <= B.shortHeading) score -= B.short;
  if (block.marked || NUMBERED.test(title)) score -= B.subheadMark;
  if (state.singleArticle) score -= B.singleArticle;
  if (/[:：]$/u.test(title)) score -= B.colonEnd;
  // The document the article has just named (印发《…》的通知, then the measures themselves).
  if (state.namedDocuments?.includes(title.replace(/\s+/gu, ''))) score -= B.namedDocument;
  return score;
}

export function startsNewArticle(block: BlockEvidence, state: ReadingState): boolean {
  return boundaryScore(block, state) >= B.threshold;
}
