// jieba's dictionary as the suspect finder needs it: which strings are words, how common, and,
// for a word with one character masked (`孵化_`), which words fit. The words that fit a mask are
// found when first asked for, among the words that share its first (or, for a masked first
// character, its last) character, and kept: indexing every mask of every word up front cost
// more than a second at each start.
import { wordFrequencies } from '../../../../src/core/word-frequencies.ts';
import { MAX_SPAN } from './knobs.ts';

/** The words that fit one mask, commonest first, each with its frequency and the character it has in the masked place. */
export interface MaskedWords {
  words: readonly string[];
  frequency: Float64Array;
  /** The character standing where the mask has `_` (kept, so a search over them makes no new strings). */
  filling: readonly string[];
}

export interface WordIndex {
  frequency: Map<string, number>;
  /** `孵化_` → [孵化器, 孵化场…]: words of 2–MAX_SPAN characters that fit the mask, commonest first. */
  masked: { get(mask: string): MaskedWords | undefined };
}

let index: WordIndex | undefined;
/** jieba's tags of names: people, places, organisations (its `nz`, other proper nouns, holds many common words: 孵化器). */
const PROPER_NAME = /^(nr|ns|nt)/u;
const HAN_WORD = /^\p{Script=Han}+$/u;

export const maskAt = (chars: readonly string[], at: number): string => chars.map((c, i) => (i === at ? '_' : c)).join('');

export function wordIndex(): WordIndex {
  if (index) return index;
  const { count: frequency, entries } = wordFrequencies();
  // Words that may be proposed (no names; Han only; 2–MAX_SPAN characters), by first and last character.
  const byFirst = new Map<string, string[]>();
  const byLast = new Map<string, string[]>();
  for (const { word, tag } of entries) {
    // A name is no proposal: a misread rarely makes one, and names the dictionary lacks abound.
    if (PROPER_NAME.test(tag) || word.length > 2 * MAX_SPAN || !HAN_WORD.test(word)) continue;
    const chars = Array.from(word);
    if (chars.length < 2 || chars.length > MAX_SPAN) continue;
    push(byFirst, chars[0]!, word);
    push(byLast, chars.at(-1)!, word);
  }
  index = { frequency, masked: maskedWords(frequency, byFirst, byLast) };
  return index;
}

function push(map: Map<string, string[]>, key: string, word: string): void {
  const list = map.get(key);
  if (list) list.push(word);
  else map.set(key, [word]);
}

function maskedWords(frequency: ReadonlyMap<string, number>, byFirst: ReadonlyMap<string, string[]>, byLast: ReadonlyMap<string, string[]>): WordIndex['masked'] {
  const known = new Map<string, MaskedWords | undefined>();
  return {
    get(mask: string) {
      if (known.has(mask)) return known.get(mask);
      const chars = Array.from(mask);
      const at = chars.indexOf('_');
      const pool = at === 0 ? byLast.get(chars.at(-1)!) : byFirst.get(chars[0]!);
      // A mask of one code unit a character (nearly all) is compared unit by unit: no word's
      // characters need splitting out, and the pools of common characters are long.
      const fitsMask = chars.length === mask.length ? (word: string) => fitsUnits(word, mask, at) : (word: string) => fits(Array.from(word), chars, at);
      const words = (pool ?? []).filter(fitsMask);
      // Commonest first, so a search for proposals above a frequency stops at the first one below it.
      words.sort((a, b) => (frequency.get(b) ?? 0) - (frequency.get(a) ?? 0));
      const found =
        words.length === 0
          ? undefined
          : {
              words,
              frequency: Float64Array.from(words, (w) => frequency.get(w) ?? 0),
              // Most words are of BMP characters only, one code unit each.
              filling: words.map((w) => (w.length === chars.length ? w[at]! : Array.from(w)[at]!)),
            };
      known.set(mask, found);
      return found;
    },
  };
}

const fits = (word: readonly string[], mask: readonly string[], at: number): boolean => word.length === mask.length && word.every((c, i) => i === at || c === mask[i]);

function fitsUnits(word: string, mask: string, at: number): boolean {
  if (word.length !== mask.length) return false;
  for (let i = 0; i < mask.length; i++) if (i !== at && word.charCodeAt(i) !== mask.charCodeAt(i)) return false;
  // The masked place holds one whole character (not half of a pair).
  const unit = word.charCodeAt(at);
  return unit < 0xd800 || unit > 0xdfff;
}
