// Tuning constants of the name detector, in one place.

/** How far before a suffix (有限公司, 高新区) a name's start is looked for, in characters. */
export const WINDOW = 30;
/** Longest part of a company name before its legal form (江苏驰远智能驾驶科技 is 10). */
export const MAX_COMPANY_PREFIX = 22;
/** Longest part of a park name before its kind (南陵县新能源汽车零部件 is 11). */
export const MAX_PARK_PREFIX = 14;
/** Longest name given in a list before 等…企业. */
export const LIST_ITEM_MAX = 10;
/** Characters a name needs besides its place and the words that say what kind of firm it is. */
export const MIN_DISTINCTIVE = 2;
/** At most this many words name the industry of a park named by it alone (轴承产业园). */
export const MAX_INDUSTRY_WORDS = 3;
/** A name without a place that holds verbs (思睿智能科技) is taken whole up to this length… */
export const MAX_UNPLACED_NAME = 10;
/** …and with at most this many verbs and adjectives in it. */
export const MAX_VERBS_IN_NAME = 2;
/** A region with its bracketed city before a park's kind (西部（某某市）科学城) is at most this long. */
export const MAX_REGION_PREFIX = 11;
/** A name's own characters before its place (中/新 in 中新天津生态城) are at most this many. */
export const MAX_OWN_CHARS_BEFORE_PLACE = 2;
