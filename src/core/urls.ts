// Every address of the site, built in one place. Paths are root-relative and end in a slash
// (Astro's `trailingSlash: 'always'`, one directory per page); the Traditional twin of a page is
// the same path under TWIN_PREFIX. No heavy imports: the browser's search script uses this too.
import type { EntityKind } from '../schema/entity.ts';

export const HOME_PATH = '/';
export const ARCHIVE_PATH = '/archive/';
export const SOURCES_PATH = '/sources/';
export const SEARCH_PATH = '/search/';
export const FEED_PATH = '/rss.xml';
export const SITEMAP_PATH = '/sitemap-index.xml';
/** The site map for readers (the XML one is for search engines). */
export const SITE_MAP_PAGE_PATH = '/sitemap/';
/** The archive as data: what the files are, and the files themselves (src/pages/data/). */
export const DATA_PATH = '/data/';
export const ARTICLES_DATA_PATH = '/data/articles.json';
/** Every article's citation in one file each, for importing the whole archive at once. */
export const ARTICLES_RIS_PATH = '/data/articles.ris';
export const ARTICLES_BIBTEX_PATH = '/data/articles.bib';
/** Parks and companies as nodes, linked where an article names both. */
export const NETWORK_PATH = '/network/';
/** Where the Traditional twin of every page lives (written after the build, src/integrations/). */
export const TWIN_PREFIX = '/zh-hant';

export const articleHref = (id: string): string => `/articles/${id}/`;
/** An article as data and as citations, beside its page: /articles/<id>.json, .ris, .bib. */
export const articleFileHref = (id: string, format: 'json' | 'ris' | 'bib'): string => `/articles/${id}.${format}`;
/** A kind's index as data: /data/parks.json, /data/companies.json. */
export const entityDataHref = (kind: EntityKind): string => `${DATA_PATH}${kind}.json`;
/** A year's page; `key` is a year such as "2023" or the archive's key for undated articles. */
export const archiveYearHref = (key: string): string => `${ARCHIVE_PATH}${key}/`;
export const publicationHref = (slug: string): string => `${SOURCES_PATH}${slug}/`;
export const rawFileHref = (slug: string): string => `${SOURCES_PATH}raw/${slug}/`;
export const entityIndexHref = (kind: EntityKind): string => `/${kind}/`;
export const entityHref = (kind: EntityKind, slug: string): string => `/${kind}/${slug}/`;

/** Files that are not pages and have no twin (the feed has a twin of its own, below). */
const NOT_PAGES = /^\/(_astro|pagefind|search-index)\/|\.(xml|css|js|json|txt|bin|png|jpe?g|svg|webp|ico|ris|bib)$/;

export function isTwinPath(path: string): boolean {
  return path === TWIN_PREFIX || path.startsWith(`${TWIN_PREFIX}/`);
}

/**
 * The twin of a root-relative address: pages and the feed move under TWIN_PREFIX; other files,
 * addresses already in the twin, and anything not root-relative stay as they are.
 */
export function twinHref(href: string): string {
  if (!href.startsWith('/') || href.startsWith('//') || isTwinPath(href)) return href;
  if (href === FEED_PATH || !NOT_PAGES.test(href.replace(/[?#].*$/, ''))) return `${TWIN_PREFIX}${href}`;
  return href;
}

/** The Simplified page a twin address stands for (the inverse of twinHref for pages). */
export function simplifiedHref(href: string): string {
  return isTwinPath(href) ? href.slice(TWIN_PREFIX.length) || '/' : href;
}

/** An absolute address on the published site, for permalinks, feeds and canonical links. */
export function absoluteUrl(path: string, site: URL | string): string {
  return new URL(path, site).href;
}

/** An absolute address's twin: same host, path under TWIN_PREFIX. */
export function twinUrl(url: string): string {
  const parsed = new URL(url);
  parsed.pathname = twinHref(parsed.pathname);
  return parsed.href;
}
