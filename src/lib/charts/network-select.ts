// Which parks and companies the network shows: only those named with one of the other kind, and
// at scale only the most connected (by shared articles), so the picture stays legible. Pure.
import { comparePinyin } from '../../core/pinyin-order.ts';

export interface Pair {
  park: string;
  company: string;
  /** Articles naming both. */
  articles: number;
}

function strongest(pairs: readonly Pair[], side: 'park' | 'company', limit: number): Set<string> {
  const weight = new Map<string, number>();
  for (const p of pairs) weight.set(p[side], (weight.get(p[side]) ?? 0) + p.articles);
  const ranked = [...weight].sort(([a, wa], [b, wb]) => wb - wa || comparePinyin(a, b));
  return new Set(ranked.slice(0, limit).map(([name]) => name));
}

/** The pairs among the `maxParks` parks and then the `maxCompanies` companies with the most shared articles. */
export function selectPairs(pairs: readonly Pair[], maxParks: number, maxCompanies: number): Pair[] {
  const parks = strongest(pairs, 'park', maxParks);
  const amongParks = pairs.filter((p) => parks.has(p.park));
  const companies = strongest(amongParks, 'company', maxCompanies);
  return amongParks.filter((p) => companies.has(p.company));
}
