// How well one piece of text continues another: the evidence that printed line `after` follows
// the text `before` in reading order. Positive is evidence for, negative against, zero is no
// evidence either way. The signals are the ones a reader uses on a jumbled column: a word running
// across the join (补|贴, by a word model: see junction-gain.ts), a bracket or quotation closed that was opened (《…|…》), a number
// followed by its measure word (11|家), a numbered series going on (四是… → 五是…), and
// sentences and paragraphs that end and start where they should.
import { junctionGain } from './junction-gain.ts';

/** Nats of word-model gain per point of score, and the most one join's words can give. */
const NATS_PER_POINT = 2.5;
const WORD_MAX = 3;
const MEASURE = 2;
const CLOSES_OPEN = 2;
const CLOSES_NOTHING = -4;
const QUOTE_CLOSES = 1;
const NEXT_IN_SERIES = 2;
const OUT_OF_SERIES = -1;
const PARAGRAPH_AFTER_SENTENCE = 1;
const PARAGRAPH_MID_SENTENCE = -2;
const DOUBLE_PUNCTUATION = -2;

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

/** Brackets `text` leaves open, innermost last. Straight quotes are counted apart (see below). */
function openBrackets(text: string): string[] {
  const stack: string[] = [];
  for (const ch of text) {
    if (ch in OPENERS) stack.push(ch);
    else if (CLOSERS.has(ch)) {
      const at = stack.lastIndexOf(CLOSERS.get(ch)!);
      if (at >= 0) stack.splice(at);
    }
  }
  return stack;
}

/** The first closing bracket in `text` that `text` itself did not open. */
function firstUnopenedCloser(text: string): string | undefined {
  const opened: string[] = [];
  for (const ch of text) {
    if (ch in OPENERS) opened.push(ch);
    else if (CLOSERS.has(ch)) {
      const at = opened.lastIndexOf(CLOSERS.get(ch)!);
      if (at >= 0) opened.splice(at);
      else return ch;
    }
  }
  return undefined;
}

const numeralValue = (ch: string): number => NUMERALS.indexOf(ch) + 1;

export function joinEvidence(before: string, after: string): JoinEvidence {
  const a = before.trimEnd();
  const b = after.trimStart();
  const reasons: string[] = [];
  let score = 0;
  const add = (points: number, why: string) => {
    score += points;
    reasons.push(`${why} ${points > 0 ? '+' : ''}${points}`);
  };

  const gain = junctionGain(a, b);
  if (gain > 0.25) add(Math.round(Math.min(WORD_MAX, gain / NATS_PER_POINT) * 10) / 10, 'words across');
  if (/[0-9]$/.test(a) && MEASURE_WORD.test(b)) add(MEASURE, 'number and measure');

  const closer = firstUnopenedCloser(b);
  if (closer) {
    if (openBrackets(a).includes(CLOSERS.get(closer)!)) add(CLOSES_OPEN, `closes ${closer}`);
    else add(CLOSES_NOTHING, `closes unopened ${closer}`);
  }
  // OCR writes both quotation marks as `"`: an odd count before means one is open.
  const straight = (a.match(/"/g) ?? []).length;
  if (straight % 2 === 1 && /^[^"]{0,8}"/u.test(b) && !/^[^"]{0,8}"[^"]*"/u.test(b)) add(QUOTE_CLOSES, 'closes "');

  const series = STARTS_SERIES.exec(b);
  if (series) {
    const last = [...a.matchAll(SERIES)].at(-1);
    if (last) {
      if (numeralValue(series[1]!) === numeralValue(last[1]!) + 1) add(NEXT_IN_SERIES, `series ${last[1]}→${series[1]}`);
      else add(OUT_OF_SERIES, `series ${last[1]}↛${series[1]}`);
    }
  }
  const sentenceEnded = ENDS_SENTENCE.test(a);
  if (STARTS_PARAGRAPH.test(b)) add(sentenceEnded ? PARAGRAPH_AFTER_SENTENCE : PARAGRAPH_MID_SENTENCE, 'paragraph start');
  if (STARTS_PUNCTUATION.test(b) && (sentenceEnded || ENDS_PUNCTUATION.test(a))) add(DOUBLE_PUNCTUATION, 'two marks');
  return { score, reasons };
}

export function joinScore(before: string, after: string): number {
  return joinEvidence(before, after).score;
}
