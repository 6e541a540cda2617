// The search index, written after the build from the article pages' records (search-record.ts):
// an n-gram index (src/lib/search/) in shards of neighbouring years, newest first, and the name
// index (search-names.ts). Replaces Pagefind, whose Chinese matching is loose: an unseen word is
// matched by its characters, so a name the archive does not hold finds articles anyway, and a
// search cannot tell "nothing" from "something" without reading every candidate. Here a query
// word is looked up by its own n-grams, and the browser checks every result on its own text.
//
// Each shard's directory is named by the hash of its articles and cached (build-cache.ts): a build
// that adds one article re-indexes only the shard it falls in.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAuthority } from '../core/entities/authority.ts';
import { FILTER_KEYS, INDEX_FORMAT, MANIFEST_FILE, shardDir, type DocRecord, type Facets, type Manifest, type ShardInfo } from '../lib/search-data.ts';
import { fold } from '../lib/search/fold.ts';
import { documentKeys } from '../lib/search/grams.ts';
import { BUCKET_TARGET_BYTES, DEFAULT_SHARD_PAGES } from '../lib/search/knobs.ts';
import { encodeBucket, type Postings } from '../lib/search/postings.ts';
import { hashOf, type BuildCache } from './build-cache.ts';
import { writeNameIndex, type IndexedDoc } from './search-names.ts';
import type { SearchRecord } from './search-record.ts';
import { planShards } from './search-shards.ts';

export const SHARD_PAGES_VARIABLE = 'ARCHIVE_SEARCH_SHARD_PAGES';
/** What one posting costs in a bucket file, on average (measured on the archive), to size buckets. */
const BYTES_PER_POSTING = 3;
const CACHE_KIND = 'shards';

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

const pow2AtLeast = (n: number): number => 2 ** Math.max(0, Math.ceil(Math.log2(Math.max(1, n))));

export function docRecord(r: SearchRecord): DocRecord {
  return { p: r.path, t: r.title, ...(r.date ? { d: r.date } : {}), x: r.text };
}

/** Writes one shard's files into `dir`: postings by bucket, one file per article, the facets. */
export function writeShard(records: readonly SearchRecord[], dir: string): number {
  const keysOf = records.map((r) => documentKeys(fold(`${r.title}\n${r.text}`)));
  const postingsCount = keysOf.reduce((n, k) => n + k.size, 0);
  const buckets = pow2AtLeast((postingsCount * BYTES_PER_POSTING) / BUCKET_TARGET_BYTES);
  const postings: Postings[] = Array.from({ length: buckets }, () => new Map());
  keysOf.forEach((keys, n) => {
    for (const key of keys) {
      const bucket = postings[key % buckets]!;
      const docs = bucket.get(key);
      if (docs) docs.push(n);
      else bucket.set(key, [n]);
    }
  });
  mkdirSync(join(dir, 'g'), { recursive: true });
  mkdirSync(join(dir, 'd'), { recursive: true });
  postings.forEach((bucket, b) => writeFileSync(join(dir, 'g', `${b}.bin`), encodeBucket(bucket)));
  records.forEach((r, n) => writeFileSync(join(dir, 'd', `${n}.json`), JSON.stringify(docRecord(r))));
  const facets = Object.fromEntries(FILTER_KEYS.map((k) => [k, {} as Record<string, number[]>])) as Facets;
  records.forEach((r, n) => {
    for (const key of FILTER_KEYS) for (const value of new Set(r.filters[key])) (facets[key][value] ??= []).push(n);
  });
  writeFileSync(join(dir, 'facets.json'), JSON.stringify(facets));
  writeFileSync(join(dir, 'meta.json'), JSON.stringify({ buckets }));
  return buckets;
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

/** Writes site/search-index/ from the article pages' records. */
export function writeSearchIndex(site: string, records: readonly SearchRecord[], cache: BuildCache, shardPages = shardPagesFromEnv()): SearchIndexResult {
  const root = join(site, 'search-index');
  rmSync(root, { recursive: true, force: true });
  const sorted = [...records].sort(newestFirst);
  const byPath = new Map(sorted.map((r) => [r.path, r]));
  const plan = planShards(
    sorted.map((r) => r.path),
    sorted.map((r) => r.date?.slice(0, 4)),
    shardPages,
  );
  const shards: ShardInfo[] = [];
  const docs: IndexedDoc[] = [];
  let indexed = 0;
  for (const shard of plan) {
    const members = shard.pages.map((p) => byPath.get(p)!);
    const id = hashOf(cache.version, JSON.stringify(members)).slice(0, 16);
    const dir = join(site, shardDir(id));
    if (!cache.copyDir(CACHE_KIND, id, dir)) {
      writeShard(members, dir);
      cache.storeDir(CACHE_KIND, id, dir);
      indexed++;
    }
    const { buckets } = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as { buckets: number };
    shards.push({ id, years: yearsLabel(members), docs: members.length, buckets });
    members.forEach((record, n) => docs.push({ record, shard: id, n }));
  }
  const names = writeNameIndex(site, docs, loadAuthority());
  const manifest: Manifest = { format: INDEX_FORMAT, shards, names: { id: names.id, buckets: names.buckets } };
  writeFileSync(join(site, MANIFEST_FILE), JSON.stringify(manifest));
  return { docs: sorted.length, shards: shards.length, indexed, names: names.count };
}
