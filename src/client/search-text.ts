// Pure helpers of the search page, tested on their own: converting queries, finding the names a
// query means, and suggesting near names when nothing is found.
import { isHan } from '../core/char-classes.ts';
import { MAP_FIRST, type CharMap, type NameEntry } from '../lib/search-data.ts';

export function mapChars(text: string, map: CharMap): string {
  const from = Array.from(map.from);
  const to = Array.from(map.to);
  const table = new Map(from.map((c, i) => [c, to[i]!]));
  return Array.from(text, (c) => table.get(c) ?? c).join('');
}

/**
 * Names the query means: a park or company whose name or other name appears in the query, or
 * whose name contains the query (a partial name of at least two characters). Exact and longer
 * matches first.
 */
export function matchNames(query: string, names: readonly NameEntry[], limit = 3): NameEntry[] {
  const q = query.replace(/\s+/g, '');
  if (Array.from(q).length < 2) return [];
  const scored: Array<{ entry: NameEntry; score: number }> = [];
  for (const entry of names) {
    const forms = [entry.name, ...entry.other];
    let score = 0;
    for (const form of forms) {
      if (form === q) score = Math.max(score, 1000 + form.length);
      else if (q.includes(form) && Array.from(form).length >= 2) score = Math.max(score, 500 + form.length);
      else if (form.includes(q)) score = Math.max(score, 100 + q.length - form.length / 100);
    }
    if (score > 0) scored.push({ entry, score: score + entry.count / 1000 });
  }
  return scored.sort((a, b) => b.score - a.score).slice(0, limit).map((s) => s.entry);
}

function bigrams(text: string): Set<string> {
  const chars = Array.from(text);
  const out = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) out.add(chars[i]! + chars[i + 1]!);
  for (const c of chars) if (isHan(c)) out.add(c);
  return out;
}

/** The names nearest to a query that found nothing, by shared characters and character pairs. */
export function suggestNames(query: string, names: readonly NameEntry[], limit = 5): NameEntry[] {
  const q = bigrams(query);
  if (q.size === 0) return [];
  return names
    .map((entry) => {
      const grams = bigrams([entry.name, ...entry.other].join(' '));
      let shared = 0;
      for (const g of q) if (grams.has(g)) shared += Array.from(g).length;
      return { entry, shared };
    })
    .filter((s) => s.shared > 0)
    .sort((a, b) => b.shared - a.shared || b.entry.count - a.entry.count)
    .slice(0, limit)
    .map((s) => s.entry);
}

/** Does the text hold a character the bitset marks (see char-maps.ts traditionalBitset)? */
export function hasMarkedChar(text: string, bitsetBase64: string): boolean {
  const bits = Uint8Array.from(atob(bitsetBase64), (c) => c.charCodeAt(0));
  for (const ch of text) {
    const i = (ch.codePointAt(0) ?? 0) - MAP_FIRST;
    if (i >= 0 && i >> 3 < bits.length && (bits[i >> 3]! & (1 << (i & 7))) !== 0) return true;
  }
  return false;
}
