// Headlines set in fake bold are printed twice with a tiny offset, and OCR reads every run twice:
// character by character (`徐徐州州`) or run by run (`徐州高新区徐州高新区：：`, `1818..33%%`). A line
// that is wholly a chain of doubled runs is undone; running text with real reduplication (人人,
// 常常, 2000) never parses that way and is left alone. A lead phrase set in bold at the start of
// a short news item (`◆绵绵阳阳科科技技…  10月30日…`) is doubled only as far as the bold goes:
// that prefix is undone on its own.
import { BOLD } from './knobs.ts';
import { rememberByText } from '../../../src/core/remember-by-text.ts';

const READ_ONCE = /[：:，,、·•]/u;

/** The two copies of a doubled mark may be read in two widths (`,，`, `:：`): the same mark. */
const HALF_WIDTH: Record<string, string> = { '，': ',', '：': ':', '；': ';', '？': '?', '！': '!', '（': '(', '）': ')' };
const sameMark = (a: string, b: string): boolean => a === b || (HALF_WIDTH[a] ?? a) === (HALF_WIDTH[b] ?? b);

interface Parse {
  runs: number[];
  longest: number;
}

/**
 * Parses chars[from..to) as consecutive doubled runs (each run of at most BOLD.maxRun characters
 * printed twice); a space stands once, between runs (`精准滴灌精准滴灌 靶向出击靶向出击`), and so may a
 * thin mark the OCR read once (`：`). Returns
 * the parse with the longest run, or undefined. Linear in the length for a fixed maximum run.
 */
function parseDoubled(chars: readonly string[], from: number, to: number): Parse | undefined {
  const best: Array<Parse | undefined> = new Array(to - from + 1);
  best[to - from] = { runs: [], longest: 0 };
  for (let i = to - 1; i >= from; i--) {
    let chosen: Parse | undefined;
    if (chars[i] === ' ') {
      const rest = best[i + 1 - from];
      // A space is a run of its own, read once (marked by a negative length).
      if (rest && i > from) chosen = { runs: [-1, ...rest.runs], longest: rest.longest };
      best[i - from] = chosen;
      continue;
    }
    const maxLen = Math.min(BOLD.maxRun, Math.floor((to - i) / 2));
    for (let len = maxLen; len >= 1; len--) {
      const rest = best[i + 2 * len - from];
      if (!rest) continue;
      let same = true;
      for (let k = 0; k < len && same; k++) same = sameMark(chars[i + k]!, chars[i + len + k]!) && chars[i + k] !== ' ';
      if (!same) continue;
      const longest = Math.max(len, rest.longest);
      if (!chosen || longest > chosen.longest) chosen = { runs: [len, ...rest.runs], longest };
    }
    // A thin mark (a colon, a comma) the OCR read once between doubled runs (`区区：““氢氢`).
    const once = best[i + 1 - from];
    if (!chosen && once && i > from && READ_ONCE.test(chars[i]!)) chosen = { runs: [-1, ...once.runs], longest: once.longest };
    best[i - from] = chosen;
  }
  return best[0];
}

function undoubled(chars: readonly string[], from: number, runs: readonly number[]): string {
  let out = '';
  let i = from;
  for (const len of runs) {
    if (len < 0) {
      out += chars[i];
      i += 1;
      continue;
    }
    out += chars.slice(i, i + len).join('');
    i += 2 * len;
  }
  return out;
}

/** Returns the undoubled line, or undefined when the line is not wholly doubled. */
export const undoubleLine = rememberByText((line: string): string | undefined => {
  const trimmed = line.trim().replace(/ {2,}/g, ' ');
  // Spaces between runs stand once; a stray space inside a doubled run (`电 电子子`) is the OCR's.
  return undoubleChars(Array.from(trimmed)) ?? undoubleChars(Array.from(trimmed).filter((c) => c !== ' '));
});

/** Share of the characters standing right next to their own copy. */
function pairedShare(letters: readonly string[]): number {
  let paired = 0;
  for (let i = 0; i + 1 < letters.length; i++) if (letters[i] === letters[i + 1]) paired += 2;
  return paired / letters.length;
}

function undoubleChars(chars: readonly string[]): string | undefined {
  const n = chars.length;
  const letters = chars.filter((c) => c !== ' ');
  // (An odd count parses only with a thin mark read once, and then only if most characters stand
  // twice in a row: a sentence with a comma is not parsed at all.)
  const odd = letters.length % 2 !== 0;
  if (letters.length < BOLD.minChars || (odd && !letters.some((c) => READ_ONCE.test(c))) || n > 2 * BOLD.maxHeadline) return undefined;
  if (odd && pairedShare(letters) < 0.5) return undefined;
  // A line of one repeated character (哈哈哈哈哈哈, ……) is text, not a doubled headline.
  if (new Set(letters).size === 1) return undefined;
  const parse = parseDoubled(chars, 0, n);
  if (!parse) return undefined;
  // Character-by-character doubling (`湖湖畔畔…`) shows as many runs of one; real reduplication
  // (人人常常) comes in twos and threes.
  const doubledRuns = parse.runs.filter((len) => len > 0).length;
  if (parse.longest < BOLD.minLongestRun && doubledRuns < BOLD.minCharPairs) return undefined;
  return undoubled(chars, 0, parse.runs);
}

export function undoubleFakeBold(line: string): string {
  return undoubleLine(line) ?? line;
}

export interface DoubledLead {
  /** The lead phrase, undoubled. */
  lead: string;
  /** What follows the doubled part on the line (the item's text), or '' when it reaches the end. */
  rest: string;
}

/**
 * A lead phrase doubled character by character at the start of `text` (after any item mark),
 * e.g. `绵绵阳阳科科技技城城  10月30日，…` → lead 绵阳科技城, rest `10月30日，…`. Needs at least
 * BOLD.minLeadPairs doubled characters; stray spaces inside the doubled part are ignored.
 */
export function doubledLeadPrefix(text: string): DoubledLead | undefined {
  const chars = Array.from(text);
  let i = 0;
  let lead = '';
  let pairs = 0;
  while (i < chars.length) {
    while (chars[i] === ' ' && chars[i + 1] !== ' ') i++;
    const a = chars[i];
    let j = i + 1;
    while (chars[j] === ' ' && chars[j + 1] !== ' ') j++;
    if (a === undefined || a === ' ' || chars[j] !== a) break;
    lead += a;
    pairs++;
    i = j + 1;
  }
  if (pairs < BOLD.minLeadPairs || new Set(lead).size < BOLD.minLeadPairs / 2) return undefined;
  return { lead, rest: chars.slice(i).join('').trim() };
}
