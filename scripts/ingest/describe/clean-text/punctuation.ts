// Half-width punctuation in Chinese text becomes full-width, as GB/T 15834 asks. Decimal points,
// thousands separators, times, ratios, URLs and Latin-only text keep their half-width marks.
import { isCjk, isHan } from '../../char-classes.ts';
import { quoteDirections } from './pair-quotes.ts';

const URL_RE = /(?:https?:\/\/|www\.)[^\s\u3000-\u303f\uff00-\uffef\p{Script=Han}]+/giu;

const SIMPLE: Record<string, string> = { ',': '，', ';': '；', ':': '：', '?': '？', '!': '！' };

function neighbour(chars: string[], from: number, step: 1 | -1): string {
  for (let i = from + step; i >= 0 && i < chars.length; i += step) {
    if (chars[i] !== ' ') return chars[i] ?? '';
  }
  return '';
}

const isDigit = (ch: string) => ch >= '0' && ch <= '9';

function convertSimple(chars: string[]): void {
  for (let i = 0; i < chars.length; i++) {
    const ch = chars[i]!;
    const full = SIMPLE[ch];
    if (!full) continue;
    const prev = neighbour(chars, i, -1);
    const next = neighbour(chars, i, 1);
    // 1,000 / 10:30 / 3:2 stay half-width.
    if ((ch === ',' || ch === ':') && isDigit(prev) && isDigit(next) && chars[i + 1] !== ' ') continue;
    if (!isCjk(prev) && !isCjk(next)) continue;
    chars[i] = full;
    // The full-width mark carries its own spacing.
    if (chars[i + 1] === ' ') chars.splice(i + 1, 1);
  }
}

function convertParentheses(chars: string[]): void {
  const open: number[] = [];
  for (let i = 0; i < chars.length; i++) {
    if (chars[i] === '(' || chars[i] === '（') open.push(i);
    else if ((chars[i] === ')' || chars[i] === '）') && open.length > 0) {
      const start = open.pop()!;
      // One side read full-width already (`（一)`, `(四）`): the pair is Chinese.
      if (chars[start] === '（' || chars[i] === '）') {
        chars[start] = '（';
        chars[i] = '）';
        continue;
      }
      const inner = chars.slice(start + 1, i);
      const before = neighbour(chars, start, -1);
      if (inner.some(isHan) || isHan(before)) {
        chars[start] = '（';
        chars[i] = '）';
      }
    }
  }
}

function convertDoubleQuotes(chars: string[]): void {
  const positions = chars.flatMap((ch, i) => (ch === '"' ? [i] : []));
  if (positions.length === 0 || !chars.some(isHan)) return;
  const opens = quoteDirections(
    positions.map((i) => neighbour(chars, i, -1)),
    positions.map((i) => neighbour(chars, i, 1)),
    positions.slice(1).map((i, k) => i - positions[k]! - 1),
  );
  positions.forEach((i, k) => (chars[i] = opens[k] ? '“' : '”'));
}

function convertSegment(segment: string): string {
  const chars = Array.from(segment);
  convertParentheses(chars);
  convertDoubleQuotes(chars);
  convertSimple(chars);
  return chars.join('').replace(/(\p{Script=Han}|[，。])\s*\.{3,}/gu, '$1……');
}

/** Repeats a rewrite until it changes nothing, so that one mark's conversion can inform its neighbour's. */
export function untilStable(step: (text: string) => string, text: string, limit = 8): string {
  let current = text;
  for (let i = 0; i < limit; i++) {
    const next = step(current);
    if (next === current) return current;
    current = next;
  }
  return current;
}

export function fullWidthPunctuation(text: string): string {
  return untilStable(fullWidthPunctuationOnce, text);
}

function fullWidthPunctuationOnce(text: string): string {
  // URLs are cut out first so their : / ? and , are never touched.
  let out = '';
  let last = 0;
  for (const m of text.matchAll(URL_RE)) {
    out += convertSegment(text.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + convertSegment(text.slice(last));
}
