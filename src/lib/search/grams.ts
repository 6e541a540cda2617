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
  return feed(FNV_OFFSET, gram, 0, gram.length) >>> 0;
}

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** The hash state after feeding one character (one or two UTF-16 units) to `h`. */
function feed(h: number, text: string, at: number, units: number): number {
  let state = h;
  for (let k = 0; k < units; k++) state = Math.imul(state ^ text.charCodeAt(at + k), FNV_PRIME);
  return state;
}

/**
 * Every key of an already folded text: the hashes of its runs' n-grams. Worked out as the
 * n-grams are read, one state carried from a gram to the next longer one, with no string made
 * (this runs over every article of the archive on every full build).
 */
export function documentKeys(folded: string): Set<number> {
  const keys = new Set<number>();
  for (const run of runsOf(folded)) {
    // Where each character starts, in UTF-16 units (a character outside the BMP takes two).
    const starts: number[] = [];
    for (let i = 0; i < run.length; i += run.codePointAt(i)! > 0xffff ? 2 : 1) starts.push(i);
    starts.push(run.length);
    const chars = starts.length - 1;
    for (let c = 0; c < chars; c++) {
      let h = FNV_OFFSET;
      for (let n = 1; n <= MAX_GRAM && c + n <= chars; n++) {
        const at = starts[c + n - 1]!;
        h = feed(h, run, at, starts[c + n]! - at);
        if (n >= MIN_GRAM) keys.add(h >>> 0);
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
