// The sitemap (@astrojs/sitemap) with every page's Traditional twin listed beside it, each
// naming the other as its alternate (`xhtml:link hreflang`). Astro does not know the twin's pages
// (they are written after its build), so they are added to the pages the sitemap is given;
// @astrojs/sitemap's i18n option pairs /x/ with /zh-hant/x/.
import sitemap from '@astrojs/sitemap';
import type { AstroIntegration } from 'astro';
import { TWIN_PREFIX } from '../core/urls.ts';

type BuildDone = NonNullable<AstroIntegration['hooks']['astro:build:done']>;
type Page = Parameters<BuildDone>[0]['pages'][number];

const TWIN_LOCALE = TWIN_PREFIX.slice(1);

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
        await done?.({ ...params, pages: withTwins(params.pages) });
      },
    },
  };
}
