// How well one piece of text continues another: the evidence that printed line `after` follows
// the text `before` in reading order. Positive is evidence for, negative against, zero is no
// evidence either way. The signals are the ones a reader uses on a jumbled column: a word running
// across the join (补|贴, by a word model: see junction-gain.ts), a bracket or quotation closed that was opened (《…|…》), a number
// followed by its measure word (11|家), a numbered series going on (四是… → 五是…), and
// sentences and paragraphs that end and start where they should.
import { languageModel } from '../../../src/core/language-model/load.ts';
import type { LanguageModel } from '../../../src/core/language-model/model.ts';
import { junctionGainOf, leadingHan, trailingHan } from './junction-gain.ts';
import { fragmentWidth } from './fragment-width.ts';
import {
  FULL_AFTER_PARAGRAPH,
  INDENT_AFTER_SENTENCE,
  INDENT_MAX,
  INDENT_MID_SENTENCE,
  INDENT_MIN,
  JOIN_CLOSES_NOTHING,
  JOIN_CLOSES_OPEN,
  JOIN_DOUBLE_PUNCTUATION,
  JOIN_MAX_OPEN,
  JOIN_MEASURE,
  JOIN_NEXT_IN_SERIES,
  JOIN_NUMBER_RUNS_ON,
  JOIN_OUT_OF_SERIES,
  JOIN_PARAGRAPH_AFTER_SENTENCE,
  JOIN_PARAGRAPH_MID_SENTENCE,
  JOIN_QUOTE_CLOSES,
  JOIN_SPLIT_POINT,
  MODEL_MAX_POINTS,
  MODEL_MIN_POINTS,
  MODEL_NATS_PER_POINT,
  UNIGRAM_MAX_POINTS,
  UNIGRAM_NATS_PER_POINT,
} from './knobs.ts';
import { modelGain, modelHead, modelTail, type ModelSide } from './model-gain.ts';

const OPENERS: Record<string, string> = { '《': '》', '（': '）', '(': ')', '“': '”', '「': '」', '『': '』', '〈': '〉', '【': '】' };
const CLOSERS = new Map(Object.entries(OPENERS).map(([open, close]) => [close, open]));
const NUMERALS = '一二三四五六七八九十';
const SERIES = new RegExp(`([${NUMERALS}])是`, 'gu');
const STARTS_SERIES = new RegExp(`^\\s*([${NUMERALS}])是`, 'u');
export const STARTS_PARAGRAPH = new RegExp(`^\\s*(本报讯|本刊讯|[●■◆▲★☆]|[（(]?[${NUMERALS}]+[、是]|\\d+[、．])`, 'u');
const ENDS_SENTENCE = /[。！？!?…][”"’）)』」》]*$/u;
const ENDS_PUNCTUATION = /[，,、；;：:]$/u;
const STARTS_PUNCTUATION = /^[，,。.、；;：:！!？?）)》」』”]/u;
const MEASURE_WORD = /^[家个项年月日亿万元名位人倍多余强平米吨辆件台所座条]/u;

export interface JoinEvidence {
  score: number;
  reasons: string[];
}

/**
 * Walks the brackets of `text` on top of `open` (those left open before it, innermost last),
 * updating it in place; returns the first closing bracket that closes nothing open.
 */
function walkBrackets(text: string, open: string[]): string | undefined {
  // Most printed lines hold no bracket and end no clause: nothing to walk.
  if (!MARKS_WALKED.test(text)) return undefined;
  let unopened: string | undefined;
  // OCR writes a bracket pair half in full width, half in half width (`（记者 宋雨桐)`): one pair.
  for (const ch of text.replace(/\(/gu, '（').replace(/\)/gu, '）')) {
    // A title never holds a clause: `《科技 和新材料；…》` is a title another column's line cut.
    if (CLAUSE_ENDS.has(ch)) dropOpenTitles(open);
    else if (ch in OPENERS) {
      open.push(ch);
      // Brackets left open long ago are no evidence for a join now (and would grow without end).
      if (open.length > JOIN_MAX_OPEN) open.shift();
    } else if (CLOSERS.has(ch)) {
      const at = open.lastIndexOf(CLOSERS.get(ch)!);
      if (at >= 0) open.splice(at);
      else unopened ??= ch;
    }
  }
  return unopened;
}

/** Marks that end a clause: none stands inside a title in 《》. */
const CLAUSE_END = /[；;。！？!?]/u;
const CLAUSE_ENDS = new Set(Array.from('；;。！？!?'));
const TITLE_OPENERS = new Set(['《', '〈']);
const MARKS_WALKED = /[《》（）()“”「」『』〈〉【】；;。！？!?]/u;
const BRACKET = /[《》（）()“”「」『』〈〉【】]/u;

function dropOpenTitles(open: string[]): void {
  const at = open.findIndex((ch) => TITLE_OPENERS.has(ch));
  if (at >= 0) open.splice(at);
}

/** Brackets `text` leaves open, innermost last. Straight quotes are counted apart (see below). */
function openBrackets(text: string): string[] {
  const open: string[] = [];
  walkBrackets(text, open);
  return open;
}

/** The first closing bracket in `text` that `text` itself did not open. */
const firstUnopenedCloser = (text: string): string | undefined => walkBrackets(text, []);

const numeralValue = (ch: string): number => NUMERALS.indexOf(ch) + 1;

/** What a join looks at in the text before it (prepared once: a fragment is weighed against many). */
export interface EndFeatures {
  /** The Han characters the text ends with (at most four). */
  tail: string[];
  open: string[];
  oddStraightQuotes: boolean;
  lastSeries: string | undefined;
  sentenceEnded: boolean;
  endsPunctuation: boolean;
  endsDigit: boolean;
  /** The numeral a numbered point (一是…) starts with, where the text ends on it. */
  endsNumeral: string | undefined;
  /** A sentence's end on a line clearly short of its column: the last line of a paragraph. */
  paragraphEnded: boolean;
  /** The words at the end, for the language model (absent without it). */
  model?: ModelSide;
}

/** What a join looks at in the text after it. */
export interface StartFeatures {
  /** The Han characters the text starts with (at most four). */
  head: string[];
  closer: string | undefined;
  closesStraightQuote: boolean;
  series: string | undefined;
  paragraph: boolean;
  punctuation: boolean;
  measure: boolean;
  /** Short of its column by about an indent, and not a sentence's end: a paragraph's first line
   * (OCR drops the indent's spaces). */
  indented: boolean;
  /** As wide as its column: not a paragraph's first line. */
  fullWidth: boolean;
  /** Starts with a digit: where the text before ends on one, a number cut in two (约20|00万元). */
  startsDigit: boolean;
  /** Starts with 是 after no numeral: the rest of a numbered point whose numeral ended the line before. */
  startsShi: boolean;
  /** The words at the start, for the language model (absent without it). */
  model?: ModelSide;
}

/**
 * @param column the width of the column the text was printed in, where known: a short last line
 *   ends a paragraph
 */
export function endFeatures(before: string, column?: number): EndFeatures {
  const a = before.trimEnd();
  const sentenceEnded = ENDS_SENTENCE.test(a);
  return {
    paragraphEnded: sentenceEnded && column !== undefined && fragmentWidth(a) <= column - INDENT_MIN,
    tail: trailingHan(a),
    open: openBrackets(a),
    oddStraightQuotes: (a.match(/"/g) ?? []).length % 2 === 1,
    lastSeries: [...a.matchAll(SERIES)].at(-1)?.[1],
    sentenceEnded: ENDS_SENTENCE.test(a),
    endsPunctuation: ENDS_PUNCTUATION.test(a),
    endsDigit: /[0-9]$/.test(a),
    endsNumeral: new RegExp(`[${NUMERALS}]$`, 'u').exec(a)?.[0],
    ...withModel((m) => modelTail(m, a)),
  };
}

/**
 * The end features of `before + fragment`, from those of `before` and the fragment alone: a
 * stream grows one fragment at a time, and rescanning it whole each time is what would cost.
 */
export function extendEndFeatures(before: EndFeatures | undefined, fragment: string, own = endFeatures(fragment)): EndFeatures {
  if (!before) return own;
  let open = before.open;
  if (BRACKET.test(fragment) || (before.open.some((ch) => TITLE_OPENERS.has(ch)) && CLAUSE_END.test(fragment))) {
    open = [...before.open];
    walkBrackets(fragment, open);
  }
  return {
    ...own,
    open,
    oddStraightQuotes: before.oddStraightQuotes !== own.oddStraightQuotes,
    lastSeries: own.lastSeries ?? before.lastSeries,
  };
}

/** @param column the width of the column the text was printed in, where known (see `indented`) */
export function startFeatures(after: string, column?: number): StartFeatures {
  const b = after.trimStart();
  const width = column === undefined ? undefined : fragmentWidth(b);
  return {
    indented: width !== undefined && width <= column! - INDENT_MIN && width >= column! - INDENT_MAX && !ENDS_SENTENCE.test(b.trimEnd()),
    fullWidth: width !== undefined && width > column! - INDENT_MIN,
    head: leadingHan(b),
    closer: firstUnopenedCloser(b),
    closesStraightQuote: /^[^"]{0,8}"/u.test(b) && !/^[^"]{0,8}"[^"]*"/u.test(b),
    series: STARTS_SERIES.exec(b)?.[1],
    startsShi: /^是/u.test(b),
    startsDigit: /^[0-9]/u.test(b),
    paragraph: STARTS_PARAGRAPH.test(b),
    punctuation: STARTS_PUNCTUATION.test(b),
    measure: MEASURE_WORD.test(b),
    ...withModel((m) => modelHead(m, b)),
  };
}

/**
 * The language model the joins are weighed with, when it is installed (src/core/language-model/);
 * without it, the unigram word model of junction-gain.ts.
 */
export function joinModel(): LanguageModel | undefined {
  const status = languageModel();
  return status.available ? status.model : undefined;
}

/** Why the joins are weighed without the language model, or undefined when they are not. */
export function joinModelMissing(): string | undefined {
  const status = languageModel();
  return status.available ? undefined : status.reason;
}

function withModel(side: (model: LanguageModel) => ModelSide): { model?: ModelSide } {
  const model = joinModel();
  return model ? { model: side(model) } : {};
}

/**
 * The word evidence for a join, which callers may have at hand already: the language model's
 * (model-gain.ts, may be negative) where it is installed, else the unigram model's (≥ 0).
 */
export function wordGain(a: EndFeatures, b: StartFeatures): number {
  // The sides carry the model they were read with: asking for it again at every pair weighed costs.
  const model = a.model?.model ?? b.model?.model;
  if (a.model && b.model) return model ? modelGain(model, a.model, b.model) : 0;
  return junctionGainOf(a.tail, b.head);
}

/** The points a join's word evidence is worth. */
function wordPoints(gain: number, byModel: boolean): number {
  if (byModel) return Math.round(Math.max(MODEL_MIN_POINTS, Math.min(MODEL_MAX_POINTS, gain / MODEL_NATS_PER_POINT)) * 10) / 10;
  return gain > 0.25 ? Math.round(Math.min(UNIGRAM_MAX_POINTS, gain / UNIGRAM_NATS_PER_POINT) * 10) / 10 : 0;
}

/**
 * The evidence for a join. Weighed for every pair of fragments on a page, so it allocates nothing
 * unless given `reasons` to explain itself in.
 */
export function joinScoreOf(a: EndFeatures, b: StartFeatures, gain = wordGain(a, b), reasons?: string[]): number {
  let score = 0;
  const points = wordPoints(gain, a.model !== undefined && b.model !== undefined);
  if (points !== 0) {
    score += points;
    reasons?.push(`words across ${points > 0 ? '+' : ''}${points}`);
  }
  if (a.endsDigit && b.startsDigit) {
    score += JOIN_NUMBER_RUNS_ON;
    reasons?.push(`number runs on +${JOIN_NUMBER_RUNS_ON}`);
  }
  if (a.endsDigit && b.measure) {
    score += JOIN_MEASURE;
    reasons?.push(`number and measure +${JOIN_MEASURE}`);
  }
  if (b.closer) {
    if (a.open.includes(CLOSERS.get(b.closer)!)) {
      score += JOIN_CLOSES_OPEN;
      reasons?.push(`closes ${b.closer} +${JOIN_CLOSES_OPEN}`);
    } else {
      score += JOIN_CLOSES_NOTHING;
      reasons?.push(`closes unopened ${b.closer} ${JOIN_CLOSES_NOTHING}`);
    }
  }
  // OCR writes both quotation marks as `"`: an odd count before means one is open.
  if (a.oddStraightQuotes && b.closesStraightQuote) {
    score += JOIN_QUOTE_CLOSES;
    reasons?.push(`closes " +${JOIN_QUOTE_CLOSES}`);
  }
  if (b.series && a.lastSeries) {
    const next = numeralValue(b.series) === numeralValue(a.lastSeries) + 1;
    score += next ? JOIN_NEXT_IN_SERIES : JOIN_OUT_OF_SERIES;
    reasons?.push(next ? `series ${a.lastSeries}→${b.series} +${JOIN_NEXT_IN_SERIES}` : `series ${a.lastSeries}↛${b.series} ${JOIN_OUT_OF_SERIES}`);
  }
  // 一|是…: a numbered point cut after its numeral.
  if (a.endsNumeral && b.startsShi) {
    score += JOIN_SPLIT_POINT;
    reasons?.push(`numbered point ${a.endsNumeral}|是 +${JOIN_SPLIT_POINT}`);
  }
  if (b.paragraph) {
    const points = a.sentenceEnded ? JOIN_PARAGRAPH_AFTER_SENTENCE : JOIN_PARAGRAPH_MID_SENTENCE;
    score += points;
    reasons?.push(`paragraph start ${points > 0 ? '+' : ''}${points}`);
  }
  if (b.indented && !b.paragraph) {
    const points = a.sentenceEnded ? INDENT_AFTER_SENTENCE : INDENT_MID_SENTENCE;
    score += points;
    reasons?.push(`indented line ${points > 0 ? '+' : ''}${points}`);
  }
  if (a.paragraphEnded && b.fullWidth && !b.paragraph) {
    score += FULL_AFTER_PARAGRAPH;
    reasons?.push(`full line after a paragraph's end ${FULL_AFTER_PARAGRAPH}`);
  }
  if (b.punctuation && (a.sentenceEnded || a.endsPunctuation)) {
    score += JOIN_DOUBLE_PUNCTUATION;
    reasons?.push(`two marks ${JOIN_DOUBLE_PUNCTUATION}`);
  }
  return score;
}

/**
 * The part of a join's evidence that speaks for this join in particular: a word across it, a
 * number and its measure word, a bracket or quotation closed, a series going on. (A paragraph
 * after a sentence's end is evidence too, but it fits every sentence's end alike.)
 */
export function joinSupport(a: EndFeatures, b: StartFeatures, gain = wordGain(a, b)): number {
  let support = Math.max(0, wordPoints(gain, a.model !== undefined && b.model !== undefined));
  if (a.endsDigit && b.measure) support += JOIN_MEASURE;
  if (a.endsDigit && b.startsDigit) support += JOIN_NUMBER_RUNS_ON;
  if (b.closer && a.open.includes(CLOSERS.get(b.closer)!)) support += JOIN_CLOSES_OPEN;
  if (a.oddStraightQuotes && b.closesStraightQuote) support += JOIN_QUOTE_CLOSES;
  if (b.series && a.lastSeries && numeralValue(b.series) === numeralValue(a.lastSeries) + 1) support += JOIN_NEXT_IN_SERIES;
  if (a.endsNumeral && b.startsShi) support += JOIN_SPLIT_POINT;
  return support;
}

export function joinEvidence(before: string, after: string): JoinEvidence {
  const reasons: string[] = [];
  const a = endFeatures(before);
  const b = startFeatures(after);
  return { score: joinScoreOf(a, b, wordGain(a, b), reasons), reasons };
}

export function joinScore(before: string, after: string): number {
  return joinScoreOf(endFeatures(before), startFeatures(after));
}
