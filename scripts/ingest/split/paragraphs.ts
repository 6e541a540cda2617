// Hard-wrapped lines back into paragraphs. A break is kept where a paragraph really ends: a short
// line that ends a sentence, a sentence ending at the column's edge followed by an indented line,
// or a short standalone line (a headline). A break is bridged where the text plainly runs on: a
// line that fills its column, a line ending on a comma, a word running across the break, a next
// line that starts with a mark no sentence starts with, or a long line cut mid-sentence by a page
// break or a photo. Words split with U+2043 or a hyphen inside Latin words are joined.
import { endsSentence, printedWidth } from '../char-classes.ts';
import { estimateColumnWidths } from './column-width.ts';
import { wordSpansBreak } from './word-junction.ts';
import { segmentWords } from '../../../src/core/segment-words.ts';

export interface FlowLine {
  lineNo: number;
  text: string;
}

export interface Paragraph {
  text: string;
  lineNos: number[];
}

/** A headline is at most this wide (ems) and clearly narrower than the text around it. */
const HEADLINE_MAX = 36;
const HEADLINE_RATIO = 0.8;
const NEIGHBOURHOOD = 3;
/** Text this narrow with no column found around it is a stack of headlines, not body text. */
const NARROW_TEXT = 24;
/** How far below the column width a line still counts as filling it. */
const FULL = 1.5;
/** A paragraph's first line is indented by about two ems (OCR drops the indent, not the width). */
const INDENT_MIN = 1.75;
const INDENT_MAX = 4;

/** A line this much wider than its column (in ems) is not of the column… */
const OVER_WIDE = 1.5;
/** …the column read from up to this many lines above, of which at least MIN_COLUMN_LINES are
 * MIN_COLUMN_LINE ems or wider (a paragraph's short last line says nothing of the column). */
const COLUMN_LOOKBACK = 12;
/** A headline set to the column's width fills it to within this much, over a first line two ems in. */
const EXACT = 0.5;
const MIN_COLUMN_LINES = 3;
const MIN_COLUMN_LINE = 8;
const BRACKETED_BYLINE_END = /[。！？”][(（]\s*(?:本报)?(?:记者|通讯员|实习生)[^()（）]{1,30}[)）]$/u;

/** Does line i close a bracketed byline begun on the line before (or on itself)? */
function closesBracketedByline(texts: readonly string[], i: number): boolean {
  if (!/[)）]$/u.test(texts[i]!)) return false;
  const joined = (texts[i - 1] ?? '').slice(-20) + texts[i]!;
  return BRACKETED_BYLINE_END.test(joined.replace(/\s/gu, ''));
}

const CANNOT_START = /^[，。、；：？！）》」』”’,.;:?!)\]…]/u;
const RUNS_ON = /[，、：；—,:;]$/u;
// No headline or sentence ends on a preposition, conjunction or structural particle standing as a
// word of its own (`……以`, but not `方向`).
const FUNCTION_WORDS = new Set(Array.from('以的和与及在对为把被将从向于而并或使让给跟由按据'));
const endsOnFunctionWord = (text: string): boolean => {
  const last = segmentWords(Array.from(text).slice(-4).join('')).at(-1) ?? '';
  return FUNCTION_WORDS.has(last);
};
export const PARAGRAPH_START = /^\s*(本报讯|本刊讯|[●■◆▲★☆]|[（(]?[一二三四五六七八九十]+[、是]|\d+[、．])/u;

/** The start of a numbered line with its number taken out: `“N”，`, `N、`, `（N）`; else undefined. */
export function numberedShape(text: string): string | undefined {
  const match = /^\s*(["“(（]?)(?:\d+|[一二三四五六七八九十]+)(["”)）]?)([,，、.．:：]?)(?!\d)/u.exec(text);
  // A number standing for itself (`2016年`, `3.9亿`) is not a heading's number: a mark must follow.
  if (!match || (!match[2] && !match[3])) return undefined;
  return `${match[1]}N${match[2]}${match[3]}`;
}

/** Joins two wrapped pieces of one paragraph. */
export function joinWrapped(before: string, after: string): string {
  const a = before.trimEnd();
  const b = after.trimStart();
  if (/[A-Za-z][\u2043\u00ad-]$/u.test(a) && /^[A-Za-z]/.test(b)) return a.slice(0, -1) + b;
  if (/[\u2043\u00ad]$/u.test(a)) return a.slice(0, -1) + b;
  if (/[A-Za-z0-9,.;:!?]$/.test(a) && /^[A-Za-z]/.test(b)) return `${a} ${b}`;
  return a + b;
}

export function joinLines(lines: readonly FlowLine[]): Paragraph[] {
  if (lines.length === 0) return [];
  const texts = lines.map((l) => l.text.trim());
  const widths = texts.map(printedWidth);
  const columns = estimateColumnWidths(widths);
  // A bracketed byline closing a piece ends it like a full stop: `…加速度”。(记` / `者 孙晓东)`.
  const sentenceEnds = texts.map((t, i) => endsSentence(t) || closesBracketedByline(texts, i));
  // A line wider than the column of the lines above it is set across columns: a headline, never
  // text. The column is read from the lines above only, so a page turning from one article's
  // column to another's does not make the first article's lines look wide.
  // Lines that run on (no sentence ends on them) fill the column: a real column shows as several
  // such lines of one width (within an em), and the middle of those widths is the column's.
  const columnIn = (from: number, to: number): number | undefined => {
    const full: number[] = [];
    for (let k = Math.max(0, from); k < Math.min(to, texts.length); k++) if (!sentenceEnds[k] && widths[k]! >= MIN_COLUMN_LINE) full.push(widths[k]!);
    const widest = Math.max(0, ...full);
    const cluster = full.filter((w) => w >= widest - 1).sort((a, b) => a - b);
    return cluster.length >= MIN_COLUMN_LINES ? cluster[Math.floor(cluster.length / 2)] : undefined;
  };
  const columnAbove = (j: number) => columnIn(j - COLUMN_LOOKBACK, j);
  const columnBelow = (j: number) => columnIn(j + 1, j + 1 + COLUMN_LOOKBACK);
  // A subtitle under an over-wide title starts after the title, not after a sentence's end.
  const overWideAfterEnd = (j: number): boolean => j >= 0 && (j === 0 || sentenceEnds[j - 1] === true) && (columnAbove(j) ?? Infinity) + OVER_WIDE < widths[j]!;
  const overWide = (j: number): boolean => {
    // Only where a paragraph may start (after a sentence's end): a headline stands between pieces.
    if (j > 0 && !sentenceEnds[j - 1] && !overWideAfterEnd(j - 1)) return false;
    const column = columnAbove(j);
    return column !== undefined && widths[j]! > column + OVER_WIDE;
  };

  const indented = (j: number, column: number | undefined): boolean => {
    const w = widths[j];
    return column !== undefined && w !== undefined && w >= column - INDENT_MAX && w <= column - INDENT_MIN;
  };

  // Evidence, from this line and the next alone, that the text runs on past line i.
  const runsOn = (i: number, isFirst: boolean): boolean => {
    const next = texts[i + 1];
    if (next === undefined || PARAGRAPH_START.test(next) || sentenceEnds[i]) return false;
    if (plainlyRunsOn(i)) return true;
    if (overWide(i)) return false;
    const column = columns[i];
    if (column !== undefined && widths[i]! >= column - FULL - (isFirst ? INDENT_MAX : 0)) return true;
    return wordSpansBreak(texts[i]!, next);
  };

  // A line as wide as the column that ends no sentence, first of its paragraph, over a line
  // indented as a paragraph's first: a paragraph's own first line would be indented, so this one
  // is a headline set in the column's width (`某某区签约5个新材料项目` over `10月17日，…`).
  const fullHeadline = (i: number): boolean => {
    const column = columnBelow(i);
    const next = texts[i + 1];
    if (column === undefined || next === undefined || sentenceEnds[i] || (i > 0 && !sentenceEnds[i - 1] && !standalone(i - 1))) return false;
    if (widths[i]! < column - FULL || widths[i]! > column + EXACT || RUNS_ON.test(texts[i]!) || endsOnFunctionWord(texts[i]!)) return false;
    // A headline is compact: at most one comma, and no clause cut short after it (`…，衢州`).
    if ((texts[i]!.match(/[，,]/gu) ?? []).length > 1 || /[，,][^，,]{1,3}$/u.test(texts[i]!)) return false;
    return Math.abs(widths[i + 1]! - (column - 2)) <= EXACT && !wordSpansBreak(texts[i]!, next);
  };

  // The text itself runs across the break: a mark no line ends on, a function word, a mark no
  // line starts with, a word split in two. Stronger than any evidence from the lines' widths.
  const plainlyRunsOn = (i: number): boolean => {
    const next = texts[i + 1];
    if (next === undefined) return false;
    return RUNS_ON.test(texts[i]!) || endsOnFunctionWord(texts[i]!) || CANNOT_START.test(next) || wordSpansBreak(texts[i]!, next);
  };

  // Short for where it stands: narrower than the widest text nearby, as headlines are.
  const looksShort = (j: number): boolean => {
    const around = widths.slice(Math.max(0, j - NEIGHBOURHOOD), j).concat(widths.slice(j + 1, j + 1 + NEIGHBOURHOOD));
    const widest = Math.max(0, ...around);
    const reference = columns[j] ?? widest;
    // Among other short lines (a title block) every line is short.
    return widths[j]! < HEADLINE_MAX && (reference < NARROW_TEXT || widths[j]! < HEADLINE_RATIO * reference);
  };

  // A short line standing alone: a headline, a section heading, a label.
  const standalone = (j: number): boolean =>
    (j < texts.length && overWide(j) && !sentenceEnds[j]) ||
    j < texts.length && !sentenceEnds[j] && !runsOn(j, true) && looksShort(j);

  // Numbered section headings come in a series of one shape (`“1”，即…`, `“2”，即…`, `“4”，即…`):
  // a short line of a shape that stands alone twice elsewhere is a heading too, even after a line
  // that seems to run on (its end may be lost: `…成为徐州创新的名` + `“7”，即完善…`).
  const shapes = texts.map(numberedShape);
  const standaloneShapes = new Map<string, number>();
  shapes.forEach((shape, j) => {
    if (shape && standalone(j) && (j === 0 || !runsOn(j - 1, false))) standaloneShapes.set(shape, (standaloneShapes.get(shape) ?? 0) + 1);
  });
  const seriesHeading = (j: number): boolean => {
    const shape = shapes[j];
    return shape !== undefined && !sentenceEnds[j] && looksShort(j) && (standaloneShapes.get(shape) ?? 0) - (standalone(j) ? 1 : 0) >= 2;
  };

  const paragraphs: Paragraph[] = [];
  let current: number[] = [];
  for (let i = 0; i < lines.length; i++) {
    current.push(i);
    const isFirst = current.length === 1;
    const hasNext = i + 1 < lines.length && !PARAGRAPH_START.test(texts[i + 1]!);
    let join = false;
    if (hasNext) {
      const column = columns[i];
      if (runsOn(i, isFirst)) join = true;
      else if (sentenceEnds[i]) {
        // A sentence ending at the column's edge: the paragraph goes on unless the next line is
        // indented like a first line or stands alone.
        join = column !== undefined && widths[i]! >= column - FULL && !indented(i + 1, column) && !standalone(i + 1);
      } else if (!isFirst || !looksShort(i)) {
        // Inside a paragraph, or a long line cut mid-sentence (a page break, a photo): a paragraph
        // cannot end without a sentence mark, so it runs on unless a headline follows.
        join = !standalone(i + 1);
      }
    }
    if (join && (seriesHeading(i) || seriesHeading(i + 1))) join = false;
    if (join && !plainlyRunsOn(i) && (overWide(i) || (overWide(i + 1) && !sentenceEnds[i + 1]))) join = false;
    if (join && isFirst && fullHeadline(i)) join = false;
    if (!join) {
      paragraphs.push({
        text: current.map((k) => texts[k]!).reduce((acc, t) => joinWrapped(acc, t)),
        lineNos: current.map((k) => lines[k]!.lineNo),
      });
      current = [];
    }
  }
  return paragraphs;
}
