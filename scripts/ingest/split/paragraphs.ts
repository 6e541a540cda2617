// Hard-wrapped lines back into paragraphs. A break is kept where a paragraph really ends: a short
// line that ends a sentence, a sentence ending at the column's edge followed by an indented line,
// or a short standalone line (a headline). A break is bridged where the text plainly runs on: a
// line that fills its column, a line ending on a comma, a word running across the break, a next
// line that starts with a mark no sentence starts with, or a long line cut mid-sentence by a page
// break or a photo. Words split with U+2043 or a hyphen inside Latin words are joined.
import { simplifiedChars } from '../../../src/core/script.ts';
import { DATELINE_START, NEWS_LEAD } from '../dateline-forms.ts';
import { WRAP } from './knobs.ts';
import { LineEvidence, PARAGRAPH_START, SALUTATION } from './line-evidence.ts';

export { numberedShape, PARAGRAPH_START } from './line-evidence.ts';

export interface FlowLine {
  lineNo: number;
  text: string;
}

export interface Paragraph {
  text: string;
  lineNos: number[];
}

/** Joins two wrapped pieces of one paragraph. */
export function joinWrapped(before: string, after: string): string {
  const a = before.trimEnd();
  const b = after.trimStart();
  if (/[A-Za-z][\u2043\u00ad-]$/u.test(a) && /^[A-Za-z]/.test(b)) return a.slice(0, -1) + b;
  if (/[\u2043\u00ad]$/u.test(a)) return a.slice(0, -1) + b;
  if (/[A-Za-z0-9,.;:!?]$/.test(a) && /^[A-Za-z]/.test(b)) return `${a} ${b}`;
  // Names in brackets broken over two lines (`（周 晴` / `吴 越）`) stay apart: the break is a space.
  if (/[（(][\p{Script=Han} ]{1,12}$/u.test(a) && /^[\p{Script=Han} ]{1,12}[)）]/u.test(b)) return `${a} ${b}`;
  return a + b;
}

const QUOTE_END = /[。！？…]”$/u;
const INDENT = /^(?:\u3000{1,4}|[ \t]{2,}\u3000{0,2})\S/u;
/** A line that ends on a colon introduces what follows (a list, a quotation): no continuation by indents alone. */
const RUNS_ON_NOT = /[:：]$/u;
/** …and the cut line holds a clause already (a heading, `二、2023年工作安排`, holds none). */
const CLAUSE = /[，。；,;]/u;
const HEADLINE_LIKE = /^[^，。、；：！？,.;:!?]{6,}$/u;
const SPEAKER_AFTER_QUOTE = /^[^，。、；：“”！？]{2,24}?(?:说|表示|介绍|坦言|告诉记者|指出|透露|感慨)。/u;

/** Does the paragraph run on from line i into line i + 1? */
/** A line announcing a table, a figure or a list (`…见下表：`, `…如下：`): its paragraph ends there. */
export const ANNOUNCES = /(?:下表|如下|下图|下列|以下|见表|见图)[:：]$/u;

/** A figure alone on its line (`150余家`, `300亿元`), as a box of numbers sets one over what it counts. */
const FIGURE_SOURCE = '\\d[\\d.,，]*\\s*(?:余|多)?\\s*(?:家|个|名|人|位|亿元|万元|元|%|项|台|套|万|亿|吨|平方米|亩|倍|次|件|座|条)';
const FIGURE = new RegExp(`^${FIGURE_SOURCE}$`, 'u');
/**
 * A line of a box of numbers, no headline: a figure joined to what it counts (`150余家激光与光电企业`)
 * or what it counts, a colon and the figure (`生物医药企业：2400余家`).
 */
export const COUNTED_FIGURE = new RegExp(`^${FIGURE_SOURCE}\\p{Script=Han}|^[^:：]{2,16}[:：]\\s*${FIGURE_SOURCE}$`, 'u');

function joinsNext(ev: LineEvidence, i: number, isFirst: boolean, second = false): boolean {
  const next = ev.texts[i + 1];
  if (next === undefined || PARAGRAPH_START.test(next) || ANNOUNCES.test(ev.texts[i]!)) return false;
  // A figure and what it counts (`150余家` / `激光与光电企业`) make one line of their own.
  if (FIGURE.test(ev.texts[i]!)) return !FIGURE.test(next);
  if (i > 0 && FIGURE.test(ev.texts[i - 1]!) && !isFirst && second) return false;
  let join = false;
  const column = ev.columns[i];
  // A speech's salutation (`同志们：`) is a paragraph of its own.
  if (SALUTATION.test(ev.texts[i]!)) return false;
  // A quotation, then who said it (`…20GWh。”` / `公司副总经理钱卫东说。`): one sentence.
  if (QUOTE_END.test(ev.texts[i]!) && SPEAKER_AFTER_QUOTE.test(next)) return true;
  // A paragraph's first line with no mark at all over a news lead (`某某产业园首批项目签约` /
  // `5月21日，…`) is the next piece's headline, however wide: a sentence does not begin so.
  const overLead = NEWS_LEAD.test(next.replace(/\s+/gu, '')) || DATELINE_START.test(simplifiedChars(next));
  if (isFirst && HEADLINE_LIKE.test(ev.texts[i]!) && overLead) return false;
  // …so is a headline set over two lines, its second line short (`某某新能源汽车零部件` / `配套项目集中签约` / `4月16日，…`).
  if (second && overLead && HEADLINE_LIKE.test(ev.texts[i - 1]!) && HEADLINE_LIKE.test(ev.texts[i]!) && ev.looksShort(i)) return false;
  if (ev.runsOn(i, isFirst)) join = true;
  else if (ev.sentenceEnds[i]) {
    // A sentence ending at the column's edge: the paragraph goes on unless the next line is
    // indented like a first line or stands alone.
    join = column !== undefined && ev.widths[i]! >= column - WRAP.full && !ev.indented(i + 1, column) && !ev.standalone(i + 1);
  } else if (!isFirst || !ev.looksShort(i) || DATELINE_START.test(simplifiedChars(ev.texts[i]!)) || ev.wrapsIntoTail(i)) {
    // (A line that opens with a dateline is a piece's text, however short: never a headline; so
    // is a full line wrapped into a tail that ends the sentence, in a column where all look short.)
    // Inside a paragraph, or a long line cut mid-sentence (a page break, a photo): a paragraph
    // cannot end without a sentence mark, so it runs on unless a headline follows.
    join = !ev.standalone(i + 1);
  }
  if (join && (ev.seriesHeading(i) || ev.seriesHeading(i + 1))) return false;
  if (join && !ev.plainlyRunsOn(i) && (ev.overWide(i) || (ev.overWide(i + 1) && !ev.sentenceEnds[i + 1]))) return false;
  return join && !(isFirst && ev.fullHeadline(i));
}

/** The end of the text so far that decides a join: a bracket of names open at most this far back. */
const JOIN_WINDOW = 14;

/**
 * Joins the wrapped lines of one paragraph. Only the text's last few characters decide a join, so
 * only they are read: reading the whole text so far at every line made long paragraphs quadratic.
 */
export function joinWrappedLines(pieces: readonly string[]): string {
  let head = '';
  let tail = '';
  for (const [i, piece] of pieces.entries()) {
    const joined = i === 0 ? piece : joinWrapped(tail, piece);
    const cut = Math.max(0, joined.length - JOIN_WINDOW);
    head += joined.slice(0, cut);
    tail = joined.slice(cut);
  }
  return head + tail;
}

/**
 * Joins wrapped lines into paragraphs. `apart`: line numbers of lines the page sets apart as
 * subheads (units.ts), joined to neither neighbour; the evidence of the others is read over the
 * whole run as before.
 */
/** An interview's turn: who speaks, then a colon (`记者：`, `问：`, `黄志明：`). */
const TURN_LABEL = /^(\p{Script=Han}{1,4})\s*[:：]/u;
/** The interviewer's labels: a page with them is an interview. */
const ASKER = new Set(['记者', '问', '主持人', '记者问']);

/**
 * Lines that open a turn of an interview: a speaker's label found at two or more line starts, on
 * a page where the interviewer's (`记者：`, `问：`) is one of them. Each opens a paragraph, however
 * full the line above it.
 */
export function interviewTurns(texts: readonly string[]): Set<number> {
  const labels = texts.map((t) => TURN_LABEL.exec(t.trim())?.[1]);
  const counts = new Map<string, number>();
  for (const l of labels) if (l) counts.set(l, (counts.get(l) ?? 0) + 1);
  const recurring = new Set([...counts].filter(([, n]) => n >= 2).map(([l]) => l));
  if (![...recurring].some((l) => ASKER.has(l))) return new Set();
  return new Set(labels.flatMap((l, i) => (l && recurring.has(l) ? [i] : [])));
}

/** `continued`: the lines go on from another page, so the first one opens no paragraph of its own. */
export function joinLines(lines: readonly FlowLine[], apart: ReadonlySet<number> = new Set(), continued = false): Paragraph[] {
  const ev = new LineEvidence(lines.map((l) => l.text.trim()));
  const turns = interviewTurns(ev.texts);
  const indents = lines.map((l) => INDENT.test(l.text));
  // Where the page indents its paragraphs' first lines, a line cut mid-sentence runs on into an
  // unindented one (a page break or a dropped block came between: `…成交额` / `·3·` / `达到…`).
  const indentedPage = indents.filter(Boolean).length >= 2;
  const continues = (i: number) =>
    indentedPage && i + 1 < lines.length && !indents[i + 1] && !ev.sentenceEnds[i] && !PARAGRAPH_START.test(ev.texts[i + 1]!) && !RUNS_ON_NOT.test(ev.texts[i]!) && CLAUSE.test(ev.texts[i]!);
  const paragraphs: Paragraph[] = [];
  let current: number[] = [];
  const setApart = (k: number) => k < lines.length && apart.has(lines[k]!.lineNo);
  for (let i = 0; i < lines.length; i++) {
    current.push(i);
    if (!setApart(i) && !setApart(i + 1) && !turns.has(i + 1) && (joinsNext(ev, i, current.length === 1 && !(continued && i === 0), current.length === 2 && !(continued && i === 1)) || continues(i)))
      continue;
    paragraphs.push({
      text: joinWrappedLines(current.map((k) => ev.texts[k]!)),
      lineNos: current.map((k) => lines[k]!.lineNo),
    });
    current = [];
  }
  return paragraphs;
}
