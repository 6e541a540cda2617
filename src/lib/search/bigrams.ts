// The terms Pagefind indexes and is asked for. Pagefind cuts Chinese into words by a dictionary at
// build time and by Intl.Segmenter in the browser, and matches a word it has not seen by its
// characters: loose. So it is given text it need not cut: every run of letters and digits (folded,
// fold.ts) as its character pairs, space-separated (`徐州高新区` → `徐州 州高 高新 新区`), a run of
// one character as itself. A query word is asked for as its own pairs, all of them required, so
// every article holding the word is proposed: the word lies inside one run of the article's text,
// and that run holds each of its pairs. (Each pair is asked of Pagefind alone and the answers
// intersected, src/client/search-pagefind.ts: given several terms, Pagefind drops a term its
// index has never seen instead of finding nothing.) Articles holding the pairs apart are
// proposed too; the browser drops them when it checks the article's own text (search-run.ts).
// Latin words are cut into pairs as well, so a word is found inside a longer one, as in Chinese
// (`bat` in `battery`), and the check is the same for every script.
import { MAX_PAIRS_PER_WORD } from './knobs.ts';
import { runsOf } from './fold.ts';

/** Shortest word asked for: one character is too loose to narrow anything. */
export const MIN_WORD = 2;

/** The character pairs of a run of letters and digits (a one-character run: itself). */
export function pairsOfRun(run: string): string[] {
  const chars = Array.from(run);
  if (chars.length < 2) return chars;
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

/** What Pagefind indexes of an already folded text: its runs' pairs, each once, space-separated. */
export function indexedTerms(folded: string): string {
  const terms = new Set<string>();
  for (const run of runsOf(folded)) for (const pair of pairsOfRun(run)) terms.add(pair);
  return [...terms].join(' ');
}

/**
 * The terms a query word is asked for: its pairs, at most MAX_PAIRS_PER_WORD of them spread from
 * its start to its end (fewer terms cost Pagefind fewer index files; every holder holds them all),
 * in the order to ask them: the first, the last, then those between, so that the first two asked
 * already span the word. Undefined for a one-character word, which is too loose to ask for.
 */
export function wordTerms(word: string): string[] | undefined {
  const chars = Array.from(word);
  if (chars.length < MIN_WORD) return undefined;
  const pairs = [...new Set(pairsOfRun(word))];
  const count = Math.min(pairs.length, MAX_PAIRS_PER_WORD);
  const picks = new Set<number>();
  for (let k = 0; k < count; k++) picks.add(Math.round((k * (pairs.length - 1)) / Math.max(1, count - 1)));
  const spread = [...picks].map((i) => pairs[i]!);
  return spread.length <= 2 ? spread : [spread[0]!, spread.at(-1)!, ...spread.slice(1, -1)];
}

/**
 * The terms to ask Pagefind for, every one of which an article holding all the words holds: the
 * words' terms taken in turn (each word's first, then each word's second…), each once.
 */
export function queryTerms(words: readonly string[]): string[] {
  const lists = words.map((w) => wordTerms(w) ?? []);
  const out = new Set<string>();
  for (let i = 0; lists.some((l) => i < l.length); i++) for (const l of lists) if (i < l.length) out.add(l[i]!);
  return [...out];
}

/**
 * Does Pagefind's answer for this word alone hold exactly the articles holding it? So for a word
 * of two characters: its one pair is the word.
 */
export const proposedExactly = (word: string): boolean => Array.from(word).length === 2;
