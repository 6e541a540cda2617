// What the search page fetches, shared by the build-time endpoints that write it
// (src/pages/search/, src/integrations/pagefind.ts) and the browser script that reads it
// (src/client/search.ts): the addresses and the shapes. Nothing here may need Node.
import type { EntityKind } from '../schema/entity.ts';

export const NAMES_JSON = '/search/names.json';
export const T2S_JSON = '/search/t2s.json';
export const S2T_JSON = '/search/s2t.json';
export const TRADITIONAL_CHARS_TXT = '/search/traditional-chars.txt';
export const PAGEFIND_DIR = '/pagefind/';
/** Lists the index's shards beyond the primary one (empty for an archive indexed whole). */
export const SHARDS_FILE = 'shards.json';

/** First and last code point the character maps cover (CJK Extension A and the Unified Ideographs). */
export const MAP_FIRST = 0x3400;
export const MAP_LAST = 0x9fff;

/** Two strings of equal length: the character at each place in `from` becomes the one in `to`. */
export interface CharMap {
  from: string;
  to: string;
}

/** A park or company as names.json lists it. */
export interface NameEntry {
  name: string;
  other: string[];
  kind: EntityKind;
  href: string;
  count: number;
}

/** Pagefind filters of the article pages, with their labels. */
export const FILTER_LABELS = { park: '园区', company: '企业', source: '来源', year: '年份' } as const;
export type FilterKey = keyof typeof FILTER_LABELS;
/** The filter that lists an article's parks or companies. */
export const FILTER_OF_KIND: Record<EntityKind, FilterKey> = { parks: 'park', companies: 'company' };
