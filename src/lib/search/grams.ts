// The n-grams the index is keyed by. A document is keyed by every run's character pairs and
// triples (MIN_GRAM…MAX_GRAM); a query word of up to MAX_GRAM characters is one key, looked up
// exactly; a longer word is keyed by triples spread over it, which every document holding the
// word also holds. So the index never misses a document that holds a query word: what it may
// add (documents holding the triples apart, or a hash shared by two n-grams) is dropped when
// the document's own text is checked.
import { MAX_GRAM, MAX_KEYS_PER_WORD, MIN_GRAM } from './knobs.ts';
import { runsOf } from './fold.ts';

/** FNV-1a, 32 bits, over UTF-16 units: the same number in Node and in the browser. */
export function gramHash(gram: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < gram.length; i++) {
    h ^= gram.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Every key of an already folded text: the hashes of its runs' n-grams. */
export function documentKeys(folded: string): Set<number> {
  const keys = new Set<number>();
  for (const run of runsOf(folded)) {
    const chars = Array.from(run);
    for (let i = 0; i < chars.length; i++) {
      let gram = '';
      for (let n = 1; n <= MAX_GRAM && i + n <= chars.length; n++) {
        gram += chars[i + n - 1]!;
        if (n >= MIN_GRAM) keys.add(gramHash(gram));
      }
    }
  }
  return keys;
}

/**
 * The keys to look a query word up by: the word itself when it is short, else triples spread
 * from its start to its end. Undefined for a word too short to be looked up.
 */
export function wordKeys(word: string): number[] | undefined {
  const chars = Array.from(word);
  if (chars.length < MIN_GRAM) return undefined;
  if (chars.length <= MAX_GRAM) return [gramHash(word)];
  const starts = chars.length - MAX_GRAM + 1;
  const picks = new Set<number>();
  const count = Math.min(starts, MAX_KEYS_PER_WORD);
  for (let k = 0; k < count; k++) picks.add(Math.round((k * (starts - 1)) / Math.max(1, count - 1)));
  return [...picks].map((i) => gramHash(chars.slice(i, i + MAX_GRAM).join('')));
}
