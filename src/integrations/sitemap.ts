// The sitemap (@astrojs/sitemap) with every page's Traditional twin listed beside it, each
// naming the other as its alternate (`xhtml:link hreflang`). Astro does not know the twin's pages
// (they are written after its build), so they are added to the pages the sitemap is given, and
// each entry is given its two addresses here. (@astrojs/sitemap's i18n option pairs them too, but
// by comparing every address with every other: minutes of a large archive's build.) A moved
// article's old address is left out: it is a redirect, not a page.
import { fileURLToPath } from 'node:url';
import { relative, sep } from 'node:path';
import sitemap, { type SitemapItem } from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { isTwinPath, simplifiedHref, twinHref, TWIN_PREFIX } from '../core/urls.ts';

type BuildDone = NonNullable<AstroIntegration['hooks']['astro:build:done']>;
type Page = Parameters<BuildDone>[0]['pages'][number];

const TWIN_LOCALE = TWIN_PREFIX.slice(1);
const STATUS_PAGES = /\/(404|500)\/?$/u;

/** Routes whose pages are not for search engines: a moved article's old address (noindex). */
export const NOT_IN_SITEMAP = ['/articles/[...former]'];

/**
 * The pages without those of `routes` (Astro's build tells which files each route wrote).
 * Pathnames are compared as the sitemap gives them: `articles/x/`, no leading slash.
 */
export function withoutRoutes(pages: readonly Page[], assets: ReadonlyMap<string, readonly URL[]>, dir: URL, routes: readonly string[]): Page[] {
  const root = fileURLToPath(dir);
  const left = new Set(
    routes.flatMap((route) =>
      (assets.get(route) ?? []).map((file) =>
        relative(root, fileURLToPath(file))
          .split(sep)
          .join('/')
          .replace(/index\.html$/, ''),
      ),
    ),
  );
  return pages.filter((p) => !left.has(p.pathname.replace(/^\//, '')));
}

/** The pages with their twins after them: `articles/x/` and `zh-hant/articles/x/`. */
export function withTwins(pages: readonly Page[]): Page[] {
  return [...pages, ...pages.map((p) => ({ pathname: `${TWIN_LOCALE}/${p.pathname.replace(/^\//, '')}` }))];
}

/**
 * @astrojs/sitemap sorts its addresses with `localeCompare(…, 'en', { numeric: true })`, which sets
 * up a collator for every comparison: a second at 5,000 articles. Given them already in that order
 * (one collator), its sort only checks it. The order it writes is its own either way.
 */
const sitemapCollator = new Intl.Collator('en', { numeric: true });
export const inSitemapOrder = (pages: readonly Page[]): Page[] => [...pages].sort((a, b) => sitemapCollator.compare(a.pathname, b.pathname));

/** A sitemap entry with its two addresses, Simplified and Traditional, as alternates. */
export function withAlternates(item: SitemapItem): SitemapItem {
  const url = new URL(item.url);
  const simplified = simplifiedHref(url.pathname);
  const links = [
    { url: new URL(simplified, url).href, lang: 'zh-Hans' },
    { url: new URL(twinHref(simplified), url).href, lang: 'zh-Hant' },
  ];
  return { ...item, links };
}

export default function sitemapWithTwins(): AstroIntegration {
  const inner = sitemap({
    // Error pages have no place in a sitemap, in either script.
    filter: (url) => !STATUS_PAGES.test(new URL(url).pathname) || !isTwinPath(new URL(url).pathname),
    serialize: withAlternates,
  });
  const done = inner.hooks['astro:build:done'];
  return {
    ...inner,
    hooks: {
      ...inner.hooks,
      'astro:build:done': async (params) => {
        await done?.({ ...params, pages: inSitemapOrder(withTwins(withoutRoutes(params.pages, params.assets, params.dir, NOT_IN_SITEMAP))) });
      },
    },
  };
}
