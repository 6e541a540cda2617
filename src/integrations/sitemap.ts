// The sitemap (@astrojs/sitemap) with every page's Traditional twin listed beside it, each
// naming the other as its alternate (`xhtml:link hreflang`). Astro does not know the twin's pages
// (they are written after its build), so they are added to the pages the sitemap is given;
// @astrojs/sitemap's i18n option pairs /x/ with /zh-hant/x/. A moved article's old address is
// left out: it is a redirect, not a page.
import { fileURLToPath } from 'node:url';
import { relative, sep } from 'node:path';
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { TWIN_PREFIX } from '../core/urls.ts';

type BuildDone = NonNullable<AstroIntegration['hooks']['astro:build:done']>;
type Page = Parameters<BuildDone>[0]['pages'][number];

const TWIN_LOCALE = TWIN_PREFIX.slice(1);

/** Routes whose pages are not for search engines: a moved article's old address (noindex). */
export const NOT_IN_SITEMAP = ['/articles/[...former]'];

/**
 * The pages without those of `routes` (Astro's build tells which files each route wrote).
 * Pathnames are compared as the sitemap gives them: `articles/x/`, no leading slash.
 */
export function withoutRoutes(pages: readonly Page[], assets: ReadonlyMap<string, readonly URL[]>, dir: URL, routes: readonly string[]): Page[] {
  const root = fileURLToPath(dir);
  const left = new Set(
    routes.flatMap((route) => (assets.get(route) ?? []).map((file) => relative(root, fileURLToPath(file)).split(sep).join('/').replace(/index\.html$/, ''))),
  );
  return pages.filter((p) => !left.has(p.pathname.replace(/^\//, '')));
}

/** The pages with their twins after them: `articles/x/` and `zh-hant/articles/x/`. */
export function withTwins(pages: readonly Page[]): Page[] {
  return [...pages, ...pages.map((p) => ({ pathname: `${TWIN_LOCALE}/${p.pathname.replace(/^\//, '')}` }))];
}

export default function sitemapWithTwins(): AstroIntegration {
  const inner = sitemap({ i18n: { defaultLocale: 'zh-hans', locales: { 'zh-hans': 'zh-Hans', [TWIN_LOCALE]: 'zh-Hant' } } });
  const done = inner.hooks['astro:build:done'];
  return {
    ...inner,
    hooks: {
      ...inner.hooks,
      'astro:build:done': async (params) => {
        await done?.({ ...params, pages: withTwins(withoutRoutes(params.pages, params.assets, params.dir, NOT_IN_SITEMAP)) });
      },
    },
  };
}
