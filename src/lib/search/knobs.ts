// The search's tuning constants, in one place. The index format (grams, buckets) is read by the
// build (src/integrations/search-index.ts) and by the browser (src/client/), so a change here
// changes both at once.

/** Longest character n-gram the index keys by. Query words up to this length are looked up exactly. */
export const MAX_GRAM = 3;
/** Shortest n-gram indexed: a one-character query is too loose to be worth an index of its own. */
export const MIN_GRAM = 2;
/**
 * A bucket file of the n-gram index aims at about this many bytes (the build picks the bucket
 * count): a query reads one per key per shard, a build writes them all.
 */
export const BUCKET_TARGET_BYTES = 2048;
/** At most this many n-grams of one long query word are looked up (spread over the word). */
export const MAX_KEYS_PER_WORD = 4;

/**
 * Article pages a shard of the index holds, roughly (from a quarter more to twice as many; see
 * src/integrations/search-shards.ts; ARCHIVE_SEARCH_SHARD_PAGES overrides).
 */
export const DEFAULT_SHARD_PAGES = 2500;

/** Results shown at a time. */
export const PAGE_SIZE = 10;
/** Articles per file of a park's or company's list (names first). */
export const ENTITY_PAGE_SIZE = 20;
/** The name index aims at about this many bytes per bucket file. */
export const NAME_BUCKET_TARGET_BYTES = 4096;
/** Names suggested when nothing is found, and how near they must be (character pairs shared over the shorter's pairs). */
export const SUGGESTIONS = 5;
export const SUGGEST_MIN_SIMILARITY = 0.35;
/** Names put first above the results. */
export const NAMES_FIRST = 3;

/** Characters either side of the query in a result's excerpt. */
export const EXCERPT_WINDOW = 40;
/** Values shown per filter before "more" (the most frequent first). */
export const FILTER_VALUES = 8;
