// How the search index is cut into shards. Articles come newest first; a shard ends after an
// article whose address hashes to a multiple of the shard size (once the shard holds a quarter of
// it), or when it reaches twice the size. Cuts so placed depend on the articles around them only,
// not on how many came before: adding or removing an article changes the shard it falls in (and
// at most the next, when it is itself a cut), never the others, so a rebuild re-indexes one shard.
// A search asks every shard's Pagefind index, so fewer, larger shards cost a search less; a
// shard is re-indexed whole when one of its articles changes, so smaller ones cost a rebuild less.
import { gramHash } from '../lib/search/hash.ts';

export interface Shard {
  pages: string[];
}

export function planShards(pages: readonly string[], size: number): Shard[] {
  const target = Math.max(1, Math.round(size));
  const least = Math.max(1, Math.floor(target / 4));
  const shards: Shard[] = [];
  let open: string[] = [];
  for (const page of pages) {
    open.push(page);
    if ((open.length >= least && gramHash(page) % target === 0) || open.length >= 2 * target) {
      shards.push({ pages: open });
      open = [];
    }
  }
  if (open.length > 0) shards.push({ pages: open });
  return shards;
}
