// The search index, written after the build from the article pages' records (search-record.ts):
// in shards, newest first (search-shards.ts), each a Pagefind index of the articles' character
// pairs (search-pagefind.ts) with the articles' own text beside it, and the name index
// (search-names.ts). Pagefind proposes the articles holding every pair of every query word; the
// browser checks each on its own text before it shows it (src/client/search-run.ts).
//
// Each shard's directory is named by the hash of its articles and cached (build-cache.ts): a build
// that adds one article re-indexes only the shard it falls in.
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAuthority } from '../core/entities/authority.ts';
import { FILTER_KEYS, ID_BUCKETS, idBucket, INDEX_FORMAT, MANIFEST_FILE, SEARCH_INDEX_DIR, shardDir, type DocRecord, type Facets, type Manifest, type ShardInfo } from '../lib/search-data.ts';
import { DEFAULT_SHARD_PAGES } from '../lib/search/knobs.ts';
import { ensureDir, hashOf, writeFresh, type BuildCache } from './build-cache.ts';
import { writeNameIndex, type IndexedDoc } from './search-names.ts';
import type { PagefindShard } from './search-pagefind.ts';
import type { SearchRecord } from './search-record.ts';
import { planShards } from './search-shards.ts';
import { indexShards } from './shard-threads.ts';

export const SHARD_PAGES_VARIABLE = 'ARCHIVE_SEARCH_SHARD_PAGES';
const CACHE_KIND = 'shards';
/** Written last in a shard's directory: a directory holding it is whole. */
const META_FILE = 'meta.json';

export interface SearchIndexResult {
  docs: number;
  shards: number;
  /** Shards indexed in this build (the others came from the cache). */
  indexed: number;
  names: number;
}

/** Newest first; undated last; ties by address, so the order never depends on the file system. */
function newestFirst(a: SearchRecord, b: SearchRecord): number {
  if ((a.date ?? '') !== (b.date ?? '')) return (b.date ?? '').localeCompare(a.date ?? '');
  return a.path.localeCompare(b.path);
}

export function docRecord(r: SearchRecord): DocRecord {
  return { p: r.path, t: r.title, ...(r.date ? { d: r.date } : {}), x: r.text };
}

/** Pagefind's page ids → document numbers, one file per first hex digit (search-data.ts). */
export function idFiles(ids: readonly string[]): Array<[string, string]> {
  const buckets = new Map([...ID_BUCKETS].map((c) => [c, {} as Record<string, number>]));
  ids.forEach((id, n) => {
    const bucket = buckets.get(idBucket(id));
    if (!bucket) throw new Error(`Pagefind: a page id not in hexadecimal: ${id}`);
    bucket[id] = n;
  });
  return [...buckets].map(([c, map]) => [`ids/${c}.json`, JSON.stringify(map)]);
}

/** A shard's files, by path within its directory: Pagefind's, its page ids, one file per article, the facets. */
function shardFiles(records: readonly SearchRecord[], pf: PagefindShard): Array<[path: string, content: string | Uint8Array]> {
  const facets = Object.fromEntries(FILTER_KEYS.map((k) => [k, {} as Record<string, number[]>])) as Facets;
  records.forEach((r, n) => {
    for (const key of FILTER_KEYS) for (const value of new Set(r.filters[key])) (facets[key][value] ??= []).push(n);
  });
  return [
    ...pf.files.map(([path, content]): [string, Uint8Array] => [`pf/${path}`, content]),
    ...idFiles(pf.ids),
    ...records.map((r, n): [string, string] => [`d/${n}.json`, JSON.stringify(docRecord(r))]),
    ['facets.json', JSON.stringify(facets)],
  ];
}

/** Deletes the directory's entries but those named (shards and name indexes of earlier builds). */
function removeAllBut(dir: string, keep: ReadonlySet<string>): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (!keep.has(name)) rmSync(join(dir, name), { recursive: true, force: true });
}

function writeFiles(dir: string, files: ReadonlyArray<[string, string | Uint8Array]>): void {
  for (const [path, content] of files) writeFresh(join(dir, path), content);
}

function yearsLabel(records: readonly SearchRecord[]): string {
  const years = records.map((r) => r.date?.slice(0, 4)).filter((y): y is string => Boolean(y));
  if (years.length === 0) return '';
  const newest = years[0]!;
  const oldest = years.at(-1)!;
  return newest === oldest ? newest : `${newest}–${oldest}`;
}

export function shardPagesFromEnv(): number {
  return Number(process.env[SHARD_PAGES_VARIABLE]) || DEFAULT_SHARD_PAGES;
}

/**
 * Writes site/search-index/ from the article pages' records. `coreFreed` resolves when the work
 * beside the index (the twin) is done and its core can index shards too (shard-threads.ts).
 */
export async function writeSearchIndex(site: string, records: readonly SearchRecord[], cache: BuildCache, shardPages = shardPagesFromEnv(), coreFreed?: Promise<unknown>): Promise<SearchIndexResult> {
  const shardsDir = join(site, SEARCH_INDEX_DIR, 's');
  const sorted = [...records].sort(newestFirst);
  const byPath = new Map(sorted.map((r) => [r.path, r]));
  const plan = planShards(
    sorted.map((r) => r.path),
    shardPages,
  );
  const shards: ShardInfo[] = [];
  const docs: IndexedDoc[] = [];
  const toIndex: Array<{ members: SearchRecord[]; id: string; dir: string }> = [];
  for (const shard of plan) {
    const members = shard.pages.map((p) => byPath.get(p)!);
    const id = hashOf(cache.version, JSON.stringify(members)).slice(0, 16);
    const dir = join(site, shardDir(id));
    // A shard's directory is named by what it holds: one left by the last build is the same shard.
    const kept = existsSync(join(dir, META_FILE));
    const cached = kept ? undefined : cache.filesFor(CACHE_KIND, id);
    if (cached) writeFiles(dir, cached);
    else if (!kept) toIndex.push({ members, id, dir });
    shards.push({ id, years: yearsLabel(members), docs: members.length });
    members.forEach((record, n) => docs.push({ record, shard: id, n }));
  }
  // Each shard's files are written as soon as it is made, while the next shards are indexed.
  const write = (k: number, made: PagefindShard) => {
    const { members, id, dir } = toIndex[k]!;
    const files: Array<[string, string | Uint8Array]> = [...shardFiles(members, made), [META_FILE, JSON.stringify({ docs: members.length })]];
    writeFiles(dir, files);
    cache.keepFiles(CACHE_KIND, id, files);
  };
  await indexShards(
    toIndex.map((s) => s.members),
    { onShard: write, ...(coreFreed ? { coreFreed } : {}) },
  );
  removeAllBut(shardsDir, new Set(shards.map((s) => s.id)));
  const names = writeNameIndex(site, docs, loadAuthority());
  removeAllBut(join(site, SEARCH_INDEX_DIR, 'n'), new Set([names.id]));
  const manifest: Manifest = { format: INDEX_FORMAT, shards, names: { id: names.id, buckets: names.buckets } };
  ensureDir(join(site, SEARCH_INDEX_DIR));
  writeFileSync(join(site, MANIFEST_FILE), JSON.stringify(manifest));
  return { docs: sorted.length, shards: shards.length, indexed: toIndex.length, names: names.count };
}
