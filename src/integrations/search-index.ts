// The search index, written after the build from the article pages' records (search-record.ts):
// an n-gram index (src/lib/search/) in shards, newest first (search-shards.ts), and the name
// index (search-names.ts). Replaces Pagefind, whose Chinese matching is loose: an unseen word is
// matched by its characters, so a name the archive does not hold finds articles anyway, and a
// search cannot tell "nothing" from "something" without reading every candidate. Here a query
// word is looked up by its own n-grams, and the browser checks every result on its own text.
//
// Each shard's directory is named by the hash of its articles and cached (build-cache.ts): a build
// that adds one article re-indexes only the shard it falls in.
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAuthority } from '../core/entities/authority.ts';
import { FILTER_KEYS, INDEX_FORMAT, MANIFEST_FILE, SEARCH_INDEX_DIR, shardDir, type DocRecord, type Facets, type Manifest, type ShardInfo } from '../lib/search-data.ts';
import { fold } from '../lib/search/fold.ts';
import { documentKeys } from '../lib/search/grams.ts';
import { BUCKET_TARGET_BYTES, DEFAULT_SHARD_PAGES } from '../lib/search/knobs.ts';
import { encodeBucket, type Postings } from '../lib/search/postings.ts';
import { ensureDir, hashOf, linkOrCopy, writeFresh, type BuildCache } from './build-cache.ts';
import { writeNameIndex, type IndexedDoc } from './search-names.ts';
import type { SearchRecord } from './search-record.ts';
import { planShards } from './search-shards.ts';

export const SHARD_PAGES_VARIABLE = 'ARCHIVE_SEARCH_SHARD_PAGES';
/** What a key's own number costs in a bucket file, about (its gap from the key before, as a varint). */
const KEY_BYTES = 3;
const CACHE_KIND = 'shards';
/** The shard's bucket count, beside its files (the manifest lists it). */
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

const pow2AtLeast = (n: number): number => 2 ** Math.max(0, Math.ceil(Math.log2(Math.max(1, n))));

export function docRecord(r: SearchRecord): DocRecord {
  return { p: r.path, t: r.title, ...(r.date ? { d: r.date } : {}), x: r.text };
}

/** A shard's files, by path within its directory: postings by bucket, one file per article, the facets. */
export interface ShardFiles {
  buckets: number;
  files: Array<[path: string, content: string | Uint8Array]>;
}

/** Bytes of a number as a varint (postings.ts). */
const varintBytes = (n: number): number => (n < 0x80 ? 1 : n < 0x4000 ? 2 : n < 0x200000 ? 3 : n < 0x10000000 ? 4 : 5);

export function shardFiles(records: readonly SearchRecord[]): ShardFiles {
  // Every key with its documents, ascending (documents are added in order).
  const all = new Map<number, number[]>();
  records.forEach((r, n) => {
    for (const key of documentKeys(fold(`${r.title}\n${r.text}`))) {
      const docs = all.get(key);
      if (docs) docs.push(n);
      else all.set(key, [n]);
    }
  });
  // As many buckets as make files of about BUCKET_TARGET_BYTES (a key's gap from the one before
  // costs about as many bytes as keys are spread over the bucket's share of the hash range).
  let bytes = 0;
  for (const docs of all.values()) {
    bytes += KEY_BYTES + varintBytes(docs.length);
    let last = 0;
    for (const d of docs) {
      bytes += varintBytes(d - last);
      last = d;
    }
  }
  const buckets = pow2AtLeast(bytes / BUCKET_TARGET_BYTES);
  const postings: Postings[] = Array.from({ length: buckets }, () => new Map());
  for (const [key, docs] of all) postings[key % buckets]!.set(key, docs);
  const facets = Object.fromEntries(FILTER_KEYS.map((k) => [k, {} as Record<string, number[]>])) as Facets;
  records.forEach((r, n) => {
    for (const key of FILTER_KEYS) for (const value of new Set(r.filters[key])) (facets[key][value] ??= []).push(n);
  });
  return {
    buckets,
    files: [
      ...postings.map((bucket, b): [string, Uint8Array] => [`g/${b}.bin`, encodeBucket(bucket)]),
      ...records.map((r, n): [string, string] => [`d/${n}.json`, JSON.stringify(docRecord(r))]),
      ['facets.json', JSON.stringify(facets)],
    ],
  };
}

/** Deletes the directory's entries but those named (shards and name indexes of earlier builds). */
function removeAllBut(dir: string, keep: ReadonlySet<string>): void {
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (!keep.has(name)) rmSync(join(dir, name), { recursive: true, force: true });
}

/** Files under a directory, as paths relative to it (the cache's completion mark left out). */
function filesUnder(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((e) => {
    const path = prefix ? `${prefix}/${e.name}` : e.name;
    if (e.isDirectory()) return filesUnder(dir, path);
    return e.name.startsWith('.') ? [] : [path];
  });
}

function writeFiles(dir: string, files: ShardFiles['files']): void {
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

/** Writes site/search-index/ from the article pages' records. */
export function writeSearchIndex(site: string, records: readonly SearchRecord[], cache: BuildCache, shardPages = shardPagesFromEnv()): SearchIndexResult {
  const shardsDir = join(site, SEARCH_INDEX_DIR, 's');
  const sorted = [...records].sort(newestFirst);
  const byPath = new Map(sorted.map((r) => [r.path, r]));
  const plan = planShards(
    sorted.map((r) => r.path),
    shardPages,
  );
  const shards: ShardInfo[] = [];
  const docs: IndexedDoc[] = [];
  let indexed = 0;
  for (const shard of plan) {
    const members = shard.pages.map((p) => byPath.get(p)!);
    const id = hashOf(cache.version, JSON.stringify(members)).slice(0, 16);
    const dir = join(site, shardDir(id));
    const cached = cache.dirFor(CACHE_KIND, id);
    // A shard's directory is named by what it holds: one left by the last build is the same shard.
    if (existsSync(join(dir, META_FILE))) {
      // kept as it is
    } else if (cached) {
      for (const path of filesUnder(cached)) linkOrCopy(join(cached, path), join(dir, path));
    } else {
      const files = shardFiles(members);
      writeFiles(dir, [...files.files, [META_FILE, JSON.stringify({ buckets: files.buckets })]]);
      cache.keepDir(CACHE_KIND, id, dir, [...files.files.map(([path]) => path), META_FILE]);
      indexed++;
    }
    const { buckets } = JSON.parse(readFileSync(join(dir, META_FILE), 'utf8')) as { buckets: number };
    shards.push({ id, years: yearsLabel(members), docs: members.length, buckets });
    members.forEach((record, n) => docs.push({ record, shard: id, n }));
  }
  removeAllBut(shardsDir, new Set(shards.map((s) => s.id)));
  const names = writeNameIndex(site, docs, loadAuthority());
  removeAllBut(join(site, SEARCH_INDEX_DIR, 'n'), new Set([names.id]));
  const manifest: Manifest = { format: INDEX_FORMAT, shards, names: { id: names.id, buckets: names.buckets } };
  ensureDir(join(site, SEARCH_INDEX_DIR));
  writeFileSync(join(site, MANIFEST_FILE), JSON.stringify(manifest));
  return { docs: sorted.length, shards: shards.length, indexed, names: names.count };
}
