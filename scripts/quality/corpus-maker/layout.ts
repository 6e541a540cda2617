// How a clean text is printed and read back by OCR: hard wrapping at a column width (with the
// usual line-breaking rules), fake bold read as doubled characters or doubled runs, a justified
// line spread into letter-spaced words, columns read across, lines dropped into the middle of a
// column (captions, pull quotes, page breaks).
import { printText, type Paragraph } from './article.ts';
import type { Noise } from './noise.ts';
import type { Random } from './random.ts';

const TOKEN = /[A-Za-z0-9][A-Za-z0-9.,%+/'\-¦]*|\s|./gsu;
const OPEN = new Set('“‘（《「『【(');
const CLOSE = new Set('，。、；：？！”’）》」』】…—%,.;:?!)');

/** Display width in half cells: ASCII (and NBSP) one, everything else two. */
export const displayWidth = (s: string): number => [...s].reduce((n, c) => n + (c.charCodeAt(0) < 128 || c === '\u00a0' ? 1 : 2), 0);

/** Split a Latin token at its soft-hyphen point or hyphen, ending the first part in ⁃. */
function splitWord(token: string): [string, string] {
  if (token.includes('¦')) {
    const i = token.indexOf('¦');
    return [`${token.slice(0, i)}⁃`, token.slice(i + 1).replaceAll('¦', '')];
  }
  const k = token.indexOf('-', 1) + 1;
  return [`${token.slice(0, k - 1)}⁃`, token.slice(k)];
}

/**
 * Printed lines of `width` full-width cells: closing punctuation hangs at the line end, opening
 * punctuation is not left at a line end, Latin words are kept whole unless they reach the line end
 * at a hyphen or a ¦ point.
 */
export function wrap(text: string, width: number, indent = 0): string[] {
  const limit = 2 * width;
  const lines: string[] = [];
  let cur = '';
  let w = 2 * indent;
  for (const token of text.match(TOKEN) ?? []) {
    const plain = token.replaceAll('¦', '');
    const tw = displayWidth(plain);
    if (/^\s$/u.test(token) && cur.trim() === '') continue;
    if ((token.includes('¦') || token.slice(1, -1).includes('-')) && w + tw > limit) {
      const [first, rest] = splitWord(token);
      if (w + displayWidth(first) <= limit + 2) {
        lines.push((cur + first).trimEnd());
        [cur, w] = [rest, displayWidth(rest)];
        continue;
      }
    }
    if (w + tw > limit && cur.trim() !== '') {
      if (CLOSE.has(token)) {
        cur += token;
        w += tw;
        continue;
      }
      let carry = '';
      while (cur && OPEN.has(cur.at(-1)!)) [carry, cur] = [cur.at(-1)! + carry, cur.slice(0, -1)];
      lines.push(cur.trimEnd());
      cur = carry + (/^\s$/u.test(token) ? '' : plain);
      w = displayWidth(cur);
    } else {
      cur += plain;
      w += tw;
    }
  }
  if (cur.trim() !== '') lines.push(cur.trimEnd());
  return lines;
}

/** A run of paragraphs set in one column, each indented two cells, with OCR noise. */
export function column(paragraphs: readonly Paragraph[], width: number, noise: Noise, options: { first?: string; last?: string } = {}): string[] {
  const texts = paragraphs.map(printText);
  if (options.first) texts[0] = options.first + texts[0];
  if (options.last) texts[texts.length - 1] += options.last;
  return noise.lines(texts.flatMap((t) => wrap(t, width, 2)));
}

/** Fake bold read as every character twice: 甲甲乙乙. */
export const boldChars = (s: string): string => [...s].map((c) => (/\s/u.test(c) ? c : c + c)).join('');

/** Fake bold read run by run: 甲乙：：丙丁 → 甲乙甲乙：：：：丙丁丙丁 (Han, Latin, digit runs and single marks). */
export const boldRuns = (s: string): string => (s.match(/\p{Script=Han}+|[A-Za-z]+|[0-9]+|\s+|./gsu) ?? []).map((r) => (/^\s+$/u.test(r) ? r : r + r)).join('');

/** A justified line with too few characters, spread by the print: OCR sees spaces between them. */
export const letterSpace = (s: string): string => (s.match(/[A-Za-z0-9][A-Za-z0-9.,%+/'-]*|\S/gu) ?? []).join(' ');

/** Insert `block` after the first line containing `anchor` (whitespace ignored). */
export function insertAfter(lines: readonly string[], anchor: string, block: readonly string[]): string[] {
  const i = lines.findIndex((l) => l.replace(/\s/gu, '').includes(anchor));
  if (i < 0) throw new Error(`anchor not found: ${anchor}`);
  return [...lines.slice(0, i + 1), ...block, ...lines.slice(i + 1)];
}

/**
 * Columns read across: each OCR line holds the i-th printed line of every column, joined by runs
 * of spaces that only roughly follow the gap on the page. Columns may have different widths.
 */
export function across(columns: readonly (readonly string[])[], widths: readonly number[], random: Random, tight = 0.25): string[] {
  const rows = Math.max(...columns.map((c) => c.length));
  const out: string[] = [];
  for (let i = 0; i < rows; i++) {
    let line = columns[0]![i] ?? '';
    let prevWidth = widths[0]!;
    let prevSeg = line;
    for (let ci = 1; ci < columns.length; ci++) {
      const seg = columns[ci]![i] ?? '';
      if (seg) {
        if (line.trim() === '') line = ' '.repeat(widths.slice(0, ci).reduce((n, w) => n + 2 * w + 4, 0));
        else {
          const short = 2 * prevWidth - displayWidth(prevSeg);
          const gap = short <= 3 ? (random.next() < tight ? 1 : random.pick([2, 3, 3, 4, 5])) : short + random.int(2, 6);
          line += ' '.repeat(gap);
        }
        line += seg;
      } else if (line.trim() !== '') line += ' '.repeat(2 * prevWidth - displayWidth(prevSeg) + 4);
      prevWidth = widths[ci]!;
      prevSeg = seg;
    }
    out.push(line.trimEnd());
  }
  return out;
}

/** Lines joined into a file's text, with a blank line between printed lines or not. */
export const joinLines = (lines: readonly string[], blank = false): string => `${lines.join(blank ? '\n\n' : '\n')}\n`;
