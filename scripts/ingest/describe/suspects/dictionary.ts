// jieba's dictionary as the suspect finder needs it: which strings are words, how common, and,
// for a word with one character masked (`孵化_`), which words fit.
import { dict } from '@node-rs/jieba/dict.js';
import { MAX_SPAN } from './knobs.ts';

export interface WordIndex {
  frequency: Map<string, number>;
  /** `孵化_` → [孵化器, 孵化场…]: words of 2–MAX_SPAN characters by each masked position, commonest first. */
  masked: Map<string, string[]>;
}

let index: WordIndex | undefined;
/** jieba's tags of names: people, places, organisations (its `nz`, other proper nouns, holds many common words: 孵化器). */
const PROPER_NAME = /^(nr|ns|nt)/u;

export const maskAt = (chars: readonly string[], at: number): string => chars.map((c, i) => (i === at ? '_' : c)).join('');

export function wordIndex(): WordIndex {
  if (index) return index;
  const frequency = new Map<string, number>();
  const masked = new Map<string, string[]>();
  for (const line of new TextDecoder().decode(dict).split('\n')) {
    const [word, count, tag] = line.split(' ');
    const n = Number(count);
    if (!word || !Number.isFinite(n)) continue;
    frequency.set(word, n);
    // A name is no proposal: a misread rarely makes one, and names the dictionary lacks abound.
    if (tag && PROPER_NAME.test(tag)) continue;
    const chars = Array.from(word);
    if (chars.length < 2 || chars.length > MAX_SPAN || !chars.every((c) => /\p{Script=Han}/u.test(c))) continue;
    chars.forEach((_, i) => {
      const key = maskAt(chars, i);
      const list = masked.get(key);
      if (list) list.push(word);
      else masked.set(key, [word]);
    });
  }
  // Commonest first, so a search for proposals above a frequency stops at the first one below it.
  for (const list of masked.values()) list.sort((a, b) => (frequency.get(b) ?? 0) - (frequency.get(a) ?? 0));
  index = { frequency, masked };
  return index;
}
