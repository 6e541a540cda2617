// How a large archive's search index is cut into shards: by year, newest first (the newest is
// the primary index, the one searched with no merging), a year too large for one shard split into
// parts, and pages with no date in a shard of their own.

export interface Shard {
  /** Directory name under /pagefind/shards/: `2023`, `2023-2`, `undated`. */
  name: string;
  pages: string[];
}

const UNDATED = 'undated';

export function planShards(pages: readonly string[], years: ReadonlyArray<string | undefined>, maxPages: number): Shard[] {
  const byYear = new Map<string, string[]>();
  pages.forEach((page, i) => {
    const key = years[i] ?? UNDATED;
    byYear.set(key, [...(byYear.get(key) ?? []), page]);
  });
  const keys = [...byYear.keys()].sort((a, b) => (a === UNDATED ? 1 : b === UNDATED ? -1 : b.localeCompare(a)));
  return keys.flatMap((key) => {
    const group = byYear.get(key)!;
    const parts = Math.ceil(group.length / maxPages);
    const size = Math.ceil(group.length / parts);
    return Array.from({ length: parts }, (_, k) => ({ name: parts === 1 ? key : `${key}-${k + 1}`, pages: group.slice(k * size, (k + 1) * size) }));
  });
}
