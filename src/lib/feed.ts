// The RSS feeds of the newest articles: /rss.xml in Simplified characters, and its twin
// /zh-hant/rss.xml in Traditional characters linking to the twin's pages.
import rss from '@astrojs/rss';
import { FEED_DESCRIPTION, SITE_NAME } from '../consts.ts';
import { absoluteUrl, articleHref, twinHref } from '../core/urls.ts';
import { parsePartialDate } from '../schema/partial-date.ts';
import { articleDescription } from './article-description.ts';
import { getPublishedArticles } from './articles.ts';
import { toTraditional } from './to-traditional.ts';

const NEWEST = 50;

/** How each feed writes its text and links, and the language it declares. */
const SCRIPTS = {
  hans: { text: (s: string) => s, href: (path: string) => path, language: 'zh-cn' },
  hant: { text: toTraditional, href: twinHref, language: 'zh-tw' },
} as const;

export async function articleFeed(site: URL, script: keyof typeof SCRIPTS): Promise<Response> {
  const { text, href, language } = SCRIPTS[script];
  const articles = (await getPublishedArticles()).slice(0, NEWEST);
  return rss({
    title: text(SITE_NAME),
    description: text(FEED_DESCRIPTION),
    site: absoluteUrl(href('/'), site),
    customData: `<language>${language}</language>`,
    items: articles.map((a) => {
      const d = a.data.date ? parsePartialDate(a.data.date) : undefined;
      return {
        title: text(a.data.title),
        link: href(articleHref(a.id)),
        description: text(articleDescription(a.body ?? '')),
        // Only a known date is given; a year or month stands for its first day.
        ...(d ? { pubDate: new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1)) } : {}),
        categories: [...a.data.parks, ...a.data.companies].map(text),
      };
    }),
  });
}
