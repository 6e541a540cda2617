// Which parks and companies a query means, and which names are near a query that found nothing.
// Names are compared folded (fold.ts) with punctuation left out, so 中润新能源（徐州）有限公司 is
// 中润新能源徐州有限公司. The name index files names by their character pairs (nameGrams), so a
// query fetches only the files of its own pairs.
import type { NameEntry } from '../search-data.ts';
import { fold, runsOf } from './fold.ts';
import { gramHash } from './hash.ts';
import { SUGGEST_MIN_SIMILARITY, SUGGESTIONS, NAMES_FIRST } from './knobs.ts';

/** A name as compared: folded, letters and digits only. */
export function nameKey(name: string): string {
  return runsOf(fold(name)).join('');
}

/** The character pairs of a folded key. */
export function pairs(key: string): string[] {
  const chars = Array.from(key);
  const out: string[] = [];
  for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!);
  return out;
}

const formsOf = (entry: NameEntry): string[] => [entry.name, ...entry.other].map(nameKey).filter(Boolean);

/** The buckets an entry is filed under: one per character pair of any of its names. */
export function entryBuckets(entry: NameEntry, buckets: number): Set<number> {
  return new Set(
    formsOf(entry)
      .flatMap(pairs)
      .map((p) => gramHash(p) % buckets),
  );
}

/** The buckets a query's names can be in: every character pair of every word. */
export function queryBuckets(words: readonly string[], buckets: number): number[] {
  return [...new Set([...words, words.join('')].flatMap(pairs).map((p) => gramHash(p) % buckets))];
}

export interface NameMatch {
  entry: NameEntry;
  /** A word of the query is one of the entity's names: every article naming it counts as a hit. */
  whole: boolean;
}

/**
 * Names the query means: a name or alias that is a word of the query (or the whole query), or that
 * a word holds, or that holds a word of two characters or more (a partial name: 中润). Whole names
 * first, then longer matches, then the more named.
 */
export function matchNames(words: readonly string[], entries: readonly NameEntry[], limit = NAMES_FIRST): NameMatch[] {
  const queries = [...new Set([...words, words.join('')])].filter((w) => Array.from(w).length >= 2);
  const scored: Array<NameMatch & { score: number }> = [];
  for (const entry of entries) {
    let score = 0;
    let whole = false;
    for (const form of formsOf(entry)) {
      for (const q of queries) {
        if (form === q) {
          score = Math.max(score, 1000 + form.length);
          whole = true;
        } else if (q.includes(form) && Array.from(form).length >= 2) score = Math.max(score, 500 + form.length);
        else if (form.includes(q)) score = Math.max(score, 100 + q.length - form.length / 100);
      }
    }
    if (score > 0) scored.push({ entry, whole, score: score + entry.count / 1e6 });
  }
  return scored
    .sort((a, b) => b.score - a.score)
    .slice(0, limit)
    .map(({ entry, whole }) => ({ entry, whole }));
}

/**
 * How alike two names are by their character pairs: the pairs they share over the pairs of the
 * shorter (so a name inside a longer query counts as near: 徐州开发区的火星基地 and 徐州经济技术开发区).
 */
function similarity(a: readonly string[], b: readonly string[]): number {
  if (a.length === 0 || b.length === 0) return 0;
  const rest = [...b];
  let shared = 0;
  for (const p of a) {
    const i = rest.indexOf(p);
    if (i >= 0) {
      shared++;
      rest.splice(i, 1);
    }
  }
  return shared / Math.min(a.length, b.length);
}

/**
 * Names near a query that found nothing: sharing character pairs with it (a single shared
 * character is no likeness: 不存在的名字 is not near 数字智谷产业园), most alike first.
 */
export function suggestNames(words: readonly string[], entries: readonly NameEntry[], limit = SUGGESTIONS): NameEntry[] {
  const q = words.flatMap(pairs);
  return entries
    .map((entry) => ({ entry, sim: Math.max(0, ...formsOf(entry).map((f) => similarity(q, pairs(f)))) }))
    .filter((s) => s.sim >= SUGGEST_MIN_SIMILARITY)
    .sort((a, b) => b.sim - a.sim || b.entry.count - a.entry.count)
    .slice(0, limit)
    .map((s) => s.entry);
}
