// What the page's lines say about where paragraphs end, line by line: the column each line
// stands in, where sentences end, which lines stand alone as headlines, which run on into the
// next. The joiner (paragraphs.ts) reads this evidence; each question is one method.
import { DATELINE_MARK_SOURCE } from '../dateline-forms.ts';
import { endsSentence, printedWidth } from '../char-classes.ts';
import { segmentWords } from '../../../src/core/segment-words.ts';
import { estimateColumnWidths } from './column-width.ts';
import { WRAP } from './knobs.ts';
import { wordSpansBreak } from './word-junction.ts';

// (`1. 对…`: a numbered item with an ASCII point, never a decimal: a Han character follows.)
// An event's notice (a press conference's, a meeting's) gives each of its fields a line of text:
// `主题：…`, `地点：…`, `主持人：…`; never a headline.
const EVENT_FIELD = '(?:主题|议题|时间|会议时间|地点|会议地点|主持人|主持|发布人|发言人|出席人员|参会人员|出席嘉宾|嘉宾|议程)[:：]';
/** A speech's salutation (`同志们：`, `各位代表：`): a paragraph of its own, never a headline. */
export const SALUTATION = /^(?:同志们|各位(?:代表|委员|来宾|领导|同事|朋友们?)|女士们、先生们|尊敬的\S{1,20})[，,：:]$/u;
// A commentary's note on its author, printed under the text (`（作者系某某大学教授）`), is text.
const AUTHOR_NOTE = '[（(]\\s*(?:作者|笔者)(?:系|为|是|单位)';
export const PARAGRAPH_START = new RegExp(
  `^\\s*(?:${DATELINE_MARK_SOURCE}|${EVENT_FIELD}|${AUTHOR_NOTE}|${SALUTATION.source.slice(1, -1)}$|[●■◆▲★☆]|[（(]?[一二三四五六七八九十]+[、是]|[（(]\\d{1,2}[)）]|\\d+[、．]|\\d{1,2}\\.(?=\\s*\\p{Script=Han})|[①-⑳](?=\\p{Script=Han}|“))`,
  'u',
);
const BRACKETED_BYLINE_END = /[。！？”][(（]\s*(?:本报)?(?:记者|通讯员|实习生)[^()（）]{1,30}[)）]$/u;
const CANNOT_START = /^[，。、；：？！）》」』”’,.;:?!)\]…]/u;
export const RUNS_ON = /[，、：；—,:;]$/u;
// No headline or sentence ends on a preposition, conjunction or structural particle standing as a
// word of its own (`……以`, but not `方向`).
const FUNCTION_WORDS = new Set(Array.from('以的和与及在对为把被将从向于而并或使让给跟由按据'));

export function endsOnFunctionWord(text: string): boolean {
  const last = segmentWords(Array.from(text).slice(-4).join('')).at(-1) ?? '';
  return FUNCTION_WORDS.has(last);
}

/** Does line i close a bracketed byline begun on the line before (or on itself)? */
function closesBracketedByline(texts: readonly string[], i: number): boolean {
  if (!/[)）]$/u.test(texts[i]!)) return false;
  const joined = (texts[i - 1] ?? '').slice(-20) + texts[i]!;
  return BRACKETED_BYLINE_END.test(joined.replace(/\s/gu, ''));
}

/** The start of a numbered line with its number taken out: `“N”，`, `N、`, `（N）`; else undefined. */
export function numberedShape(text: string): string | undefined {
  const match = /^\s*(["“(（]?)(?:\d+|[一二三四五六七八九十]+)(["”)）]?)([,，、.．:：]?)(?!\d)/u.exec(text);
  // A number standing for itself (`2016年`, `3.9亿`) is not a heading's number: a mark must follow.
  if (!match || (!match[2] && !match[3])) return undefined;
  return `${match[1]}N${match[2]}${match[3]}`;
}

export class LineEvidence {
  readonly texts: string[];
  readonly widths: number[];
  /** The column each line stands in, from its neighbourhood (column-width.ts). */
  readonly columns: Array<number | undefined>;
  /** A sentence ends on the line (a bracketed byline closing a piece counts: `(记` / `者 孙晓东)`). */
  readonly sentenceEnds: boolean[];
  private readonly shapes: Array<string | undefined>;
  private readonly standaloneShapes = new Map<string, number>();

  constructor(texts: readonly string[]) {
    this.texts = [...texts];
    this.widths = this.texts.map(printedWidth);
    this.columns = estimateColumnWidths(this.widths);
    this.sentenceEnds = this.texts.map((t, i) => endsSentence(t) || closesBracketedByline(this.texts, i));
    this.shapes = this.texts.map(numberedShape);
    this.shapes.forEach((shape, j) => {
      if (shape && this.standalone(j) && (j === 0 || !this.runsOn(j - 1, false))) this.standaloneShapes.set(shape, (this.standaloneShapes.get(shape) ?? 0) + 1);
    });
  }

  /**
   * The column of lines from..to: lines that run on (no sentence ends on them) fill it, so a real
   * column shows as several such lines of one width (within an em); the middle of those widths.
   */
  columnIn(from: number, to: number): number | undefined {
    const full: number[] = [];
    for (let k = Math.max(0, from); k < Math.min(to, this.texts.length); k++) if (!this.sentenceEnds[k] && this.widths[k]! >= WRAP.minColumnLine) full.push(this.widths[k]!);
    const widest = Math.max(0, ...full);
    const cluster = full.filter((w) => w >= widest - 1).sort((a, b) => a - b);
    return cluster.length >= WRAP.minColumnLines ? cluster[Math.floor(cluster.length / 2)] : undefined;
  }

  /** Read from the lines above only, so a page turning to another article's column does not fool it. */
  columnAbove(j: number): number | undefined {
    return this.columnIn(j - WRAP.columnLookback, j);
  }

  columnBelow(j: number): number | undefined {
    return this.columnIn(j + 1, j + 1 + WRAP.columnLookback);
  }

  /** Wider than the column above, after a sentence's end: set across columns, a headline. */
  overWide(j: number): boolean {
    // Only where a paragraph may start (a subtitle under an over-wide title counts as such).
    if (j > 0 && !this.sentenceEnds[j - 1] && !this.overWideAfterEnd(j - 1)) return false;
    const column = this.columnAbove(j);
    return column !== undefined && this.widths[j]! > column + WRAP.overWide;
  }

  private overWideAfterEnd(j: number): boolean {
    return j >= 0 && (j === 0 || this.sentenceEnds[j - 1] === true) && (this.columnAbove(j) ?? Infinity) + WRAP.overWide < this.widths[j]!;
  }

  /** As wide as a paragraph's first line in this column (indented two ems). */
  indented(j: number, column: number | undefined): boolean {
    const w = this.widths[j];
    return column !== undefined && w !== undefined && w >= column - WRAP.indentMax && w <= column - WRAP.indentMin;
  }

  /**
   * The text itself runs across the break after line i: a mark no line ends on, a function word,
   * a mark no line starts with, a word split in two. Stronger than any evidence from widths.
   */
  plainlyRunsOn(i: number): boolean {
    const next = this.texts[i + 1];
    if (next === undefined) return false;
    const t = this.texts[i]!;
    return RUNS_ON.test(t) || endsOnFunctionWord(t) || CANNOT_START.test(next) || wordSpansBreak(t, next);
  }

  /** Evidence, from this line and the next alone, that the text runs on past line i. */
  runsOn(i: number, isFirst: boolean): boolean {
    const next = this.texts[i + 1];
    if (next === undefined || PARAGRAPH_START.test(next) || this.sentenceEnds[i]) return false;
    if (this.plainlyRunsOn(i)) return true;
    if (this.overWide(i)) return false;
    const column = this.columns[i];
    if (column !== undefined && this.widths[i]! >= column - WRAP.full - (isFirst ? WRAP.indentMax : 0)) return true;
    return wordSpansBreak(this.texts[i]!, next);
  }

  /** Short for where it stands: narrower than the widest text nearby, as headlines are. */
  looksShort(j: number): boolean {
    const w = this.widths;
    const around = w.slice(Math.max(0, j - WRAP.neighbourhood), j).concat(w.slice(j + 1, j + 1 + WRAP.neighbourhood));
    const column = this.columns[j];
    // Inside a column the page was wrapped at, a line as wide as the column is no headline, however narrow the column.
    if (column !== undefined) return w[j]! < WRAP.headlineMax && w[j]! < WRAP.headlineRatio * column;
    const reference = Math.max(0, ...around);
    // Among other short lines (a title block) every line is short.
    return w[j]! < WRAP.headlineMax && (reference < WRAP.narrowText || w[j]! < WRAP.headlineRatio * reference);
  }

  /** A line standing alone: a headline, a section heading, a label. */
  standalone(j: number): boolean {
    if (j >= this.texts.length || this.sentenceEnds[j]) return false;
    return this.overWide(j) || (!this.runsOn(j, true) && this.looksShort(j));
  }

  /**
   * Numbered section headings come in a series of one shape (`“1”，即…`, `“2”，即…`): a short line
   * of a shape that stands alone twice elsewhere is a heading too, even after a line that seems
   * to run on (its end may be lost: `…成为徐州创新的名` + `“7”，即完善…`).
   */
  seriesHeading(j: number): boolean {
    const shape = this.shapes[j];
    return shape !== undefined && !this.sentenceEnds[j] && this.looksShort(j) && !this.wrapsIntoTail(j) && (this.standaloneShapes.get(shape) ?? 0) - (this.standalone(j) ? 1 : 0) >= 2;
  }

  /**
   * A line as wide as the widest nearby that ends no sentence, over a shorter line that ends one
   * and opens nothing (`4.深化与…共建联合研发` + `平台2个以上。`): a list item or a lead wrapped
   * in a narrow column, where every line looks short, not a heading over a paragraph.
   */
  wrapsIntoTail(j: number): boolean {
    const next = this.texts[j + 1];
    if (next === undefined || this.sentenceEnds[j] || !this.sentenceEnds[j + 1] || PARAGRAPH_START.test(next)) return false;
    const w = this.widths;
    const widest = Math.max(...w.slice(Math.max(0, j - WRAP.neighbourhood), j + 1 + WRAP.neighbourhood));
    return w[j + 1]! < w[j]! && w[j]! >= widest - WRAP.full;
  }

  /**
   * A line as wide as the column below that ends no sentence, first of its paragraph, over a line
   * indented as a first line: a paragraph's own first line would be indented, so this is a
   * headline set in the column's width (`某某区签约5个新材料项目` over `10月17日，…`).
   */
  fullHeadline(i: number): boolean {
    const column = this.columnBelow(i);
    const t = this.texts[i]!;
    const next = this.texts[i + 1];
    if (column === undefined || next === undefined || this.sentenceEnds[i] || (i > 0 && !this.sentenceEnds[i - 1] && !this.standalone(i - 1))) return false;
    if (this.widths[i]! < column - WRAP.full || this.widths[i]! > column + WRAP.exact || RUNS_ON.test(t) || endsOnFunctionWord(t)) return false;
    // A headline is compact: at most one comma, and no clause cut short after it (`…，衢州`); nor
    // does it leave a quotation open for the next line to close (`…推出“企业` / `服务专员”…`).
    if ((t.match(/[，,]/gu) ?? []).length > 1 || /[，,][^，,]{1,3}$/u.test(t)) return false;
    if ((t.match(/[“「『]/gu) ?? []).length > (t.match(/[”」』]/gu) ?? []).length) return false;
    return Math.abs(this.widths[i + 1]! - (column - 2)) <= WRAP.exact && !wordSpansBreak(t, next);
  }
}
