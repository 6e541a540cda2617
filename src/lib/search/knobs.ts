// The search's tuning constants, in one place. What is indexed (bigrams.ts) is asked for by the
// build (src/integrations/search-index.ts) and by the browser (src/client/), so a change here
// changes both at once.

/**
 * At most this many character pairs of one long query word are asked of Pagefind (spread over the
 * word): each pair may cost an index file per shard, and a few pairs already narrow to the few
 * articles the browser then checks.
 */
export const MAX_PAIRS_PER_WORD = 6;
/**
 * Pairs are asked for one after another; once Pagefind has narrowed the articles to this many per
 * shard, the rest are not asked: checking an article costs its text file and its page-id file
 * (~3.5 KB), asking one more pair an index chunk of every shard (~40–50 KB each, measured).
 */
export const CHECK_RATHER_THAN_ASK = 8;

/**
 * Article pages a shard of the index holds, roughly (from a quarter as many to twice as many; see
 * src/integrations/search-shards.ts; ARCHIVE_SEARCH_SHARD_PAGES overrides). A rebuild after one
 * clipping indexes its shard again, and Pagefind's time grows a little faster than a shard's size;
 * a search that finds nothing asks every shard. Measured at 5,000 articles (npm run bench): 2,500
 * gave 2 shards, a 91 s build, a rebuild at 0.51 of it and 178 KB to say "nothing"; 1,500 gave 5
 * shards, 71 s, 0.44 and 280 KB (the first results of a full-text query: 219 and 174 KB).
 */
export const DEFAULT_SHARD_PAGES = 1500;

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
