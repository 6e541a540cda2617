// What the search page fetches, shared by the build that writes it (src/integrations/search-index.ts,
// search-names.ts, src/pages/search/) and the browser script that reads it (src/client/): the
// addresses and the shapes. Nothing here may need Node.
//
// /search-index/index.json                      the manifest: shards newest first, the name index
// /search-index/s/<shard>/pf/                   the shard's Pagefind index (pagefind.js, its WebAssembly,
//                                               index and filter files; no fragments: never read)
// /search-index/s/<shard>/ids/<c>.json          Pagefind's page ids of the shard → document numbers,
//                                               by the id's first hex digit c (idBucket)
// /search-index/s/<shard>/d/<n>.json            one article of the shard: address, title, date, text
// /search-index/s/<shard>/facets.json           park, company, source and year → the shard's articles
// /search-index/n/<names>/<bucket>.json         parks and companies, by the character pairs of their names
// /search-index/n/<names>/e/<kind>/<slug>-<page>.json   one park's or company's articles, newest first
//
// Shard and name directories are named by a hash of what they hold, so every file but the
// manifest can be cached for good.
import type { EntityKind } from '../schema/entity.ts';

export const T2S_JSON = '/search/t2s.json';
export const S2T_JSON = '/search/s2t.json';
export const TRADITIONAL_CHARS_TXT = '/search/traditional-chars.txt';

export const SEARCH_INDEX_DIR = '/search-index/';
export const MANIFEST_FILE = `${SEARCH_INDEX_DIR}index.json`;
/** Bumped when a file's shape changes, so a page never reads an index it does not understand. */
export const INDEX_FORMAT = 2;
/**
 * The language Pagefind is told the records are in: one it has neither a word segmenter nor a
 * stemmer for, so it takes the character pairs it is given (search/bigrams.ts) as they are.
 */
export const PAGEFIND_LANGUAGE = 'und';

export const shardDir = (shard: string): string => `${SEARCH_INDEX_DIR}s/${shard}/`;
export const pagefindDir = (shard: string): string => `${shardDir(shard)}pf/`;
export const idsFile = (shard: string, bucket: string): string => `${shardDir(shard)}ids/${bucket}.json`;
/** The hex digits a Pagefind page id (`und_28f0dbb`) may start with after its language: one file each. */
export const ID_BUCKETS = '0123456789abcdef';
/** The file a Pagefind page id is listed in. */
export const idBucket = (id: string): string => id.slice(id.lastIndexOf('_') + 1, id.lastIndexOf('_') + 2);
/** The Pagefind filter each shard's pages carry (Pagefind's mergeFilter): which shard a result is from. */
export const SHARD_FILTER = 'shard';
export const docFile = (shard: string, n: number): string => `${shardDir(shard)}d/${n}.json`;
export const facetsFile = (shard: string): string => `${shardDir(shard)}facets.json`;
export const namesDir = (names: string): string => `${SEARCH_INDEX_DIR}n/${names}/`;
export const nameBucketFile = (names: string, bucket: number): string => `${namesDir(names)}${bucket}.json`;
/**
 * An entity's list; `href` is its page (`/companies/biyadi/`), pages count from 1. One directory
 * per kind, not per entity: a directory costs a build as much as a file.
 */
export const entityListFile = (names: string, href: string, page: number): string => `${namesDir(names)}e${href.replace(/\/$/u, '')}-${page}.json`;

/** First and last code point the character maps cover (CJK Extension A and the Unified Ideographs). */
export const MAP_FIRST = 0x3400;
export const MAP_LAST = 0x9fff;

/** Two strings of equal length: the character at each place in `from` becomes the one in `to`. */
export interface CharMap {
  from: string;
  to: string;
}

export interface ShardInfo {
  /** Directory name: a hash of the shard's articles. */
  id: string;
  /** Years the shard covers, newest first (`2023`, `2022–2019`; empty for undated articles). */
  years: string;
  docs: number;
}

export interface Manifest {
  format: number;
  /** Newest first: document numbers within a shard are newest first too. */
  shards: ShardInfo[];
  names: { id: string; buckets: number };
}

/** One article as the index holds it: what a result shows, and the text its words are checked on. */
export interface DocRecord {
  /** The page's path, `/articles/x/`. */
  p: string;
  /** Title. */
  t: string;
  /** Date as written in the front matter (YYYY, YYYY-MM, YYYY-MM-DD), if known. */
  d?: string;
  /** The text the page shows (kicker, subtitle, paragraphs, captions), one block a line. */
  x: string;
}

/** A park or company as the name index lists it. */
export interface NameEntry {
  name: string;
  /** Other names the authority lists (aliases), each of which names it by itself. */
  other: string[];
  kind: EntityKind;
  href: string;
  count: number;
}

/** An article of a park's or company's list, with the sentence that names it. */
export interface EntityItem {
  p: string;
  t: string;
  d?: string;
  /** The sentence of the text naming it: before, the name as written, after. */
  m?: [string, string, string];
  /** The lead sentence, when the text never names it (the title may). */
  l?: string;
  /** Where the index holds it: shard id and document number. */
  r: [string, number];
  /** The names it writes (title or text), as places in [name, ...other] of its NameEntry. */
  w: number[];
}

export interface EntityListPage {
  total: number;
  pages: number;
  items: EntityItem[];
  /** Page 1 only: every article of the list as shard id → document numbers, for counts and filters. */
  refs?: Record<string, number[]>;
}

/** Filter key → value → the shard's document numbers holding it (ascending). */
export type Facets = Record<FilterKey, Record<string, number[]>>;

/** The filters of the article pages, with their labels. */
export const FILTER_LABELS = { park: '园区', company: '企业', source: '来源', year: '年份' } as const;
export type FilterKey = keyof typeof FILTER_LABELS;
export const FILTER_KEYS = Object.keys(FILTER_LABELS) as FilterKey[];
/** The filter that lists an article's parks or companies. */
export const FILTER_OF_KIND: Record<EntityKind, FilterKey> = { parks: 'park', companies: 'company' };
