// How the search index is cut into shards: by year, newest first, neighbouring years packed
// together up to the shard size (a query reads a bucket file of every shard, so fewer shards cost
// a search less; a shard is re-indexed whole when one of its articles changes, so smaller shards
// cost a rebuild less), a year too large for one shard split into parts, and pages with no date last.

import { UNDATED } from '../lib/archive.ts';

export interface Shard {
  /** The shard's years: `2023`, `2021-2019`, `2020-2` (a year split in parts), `undated`. */
  name: string;
  pages: string[];
}

export function planShards(pages: readonly string[], years: ReadonlyArray<string | undefined>, maxPages: number): Shard[] {
  const byYear = new Map<string, string[]>();
  pages.forEach((page, i) => {
    const key = years[i] ?? UNDATED;
    byYear.set(key, [...(byYear.get(key) ?? []), page]);
  });
  const keys = [...byYear.keys()].sort((a, b) => (a === UNDATED ? 1 : b === UNDATED ? -1 : b.localeCompare(a)));
  const shards: Shard[] = [];
  let open: { years: string[]; pages: string[] } | undefined;
  const close = () => {
    if (open) shards.push({ name: open.years.length === 1 ? open.years[0]! : `${open.years[0]}-${open.years.at(-1)}`, pages: open.pages });
    open = undefined;
  };
  for (const key of keys) {
    const group = byYear.get(key)!;
    if (group.length > maxPages) {
      close();
      const parts = Math.ceil(group.length / maxPages);
      const size = Math.ceil(group.length / parts);
      for (let k = 0; k < parts; k++) shards.push({ name: `${key}-${k + 1}`, pages: group.slice(k * size, (k + 1) * size) });
      continue;
    }
    if (open && (open.pages.length + group.length > maxPages || key === UNDATED)) close();
    open ??= { years: [], pages: [] };
    open.years.push(key);
    open.pages.push(...group);
  }
  close();
  return shards;
}
