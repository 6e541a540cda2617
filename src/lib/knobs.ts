// How much the site's pages show at once: the reader's tuning constants, in one place.

/** An article's parks or companies are shown as links up to this many; a longer list is folded to its count (企业 16 家 ▸). */
export const OPEN_NAME_LIST_MAX = 6;

/** In lists of articles (home, archive, sources) each article's parks and companies show this many names, then 等 N 家/个. */
export const LIST_NAMES_SHOWN = 3;

/** Articles on the home page, newest first (the rest are a click away by date, source, park or company). */
export const HOME_NEWEST = 30;

/** Parks and companies most named, listed on the home page's directory. */
export const HOME_TOP_ENTITIES = 6;
