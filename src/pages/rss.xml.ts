// RSS feed of the newest articles.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import { articleHref, getPublishedArticles } from '../lib/articles.ts';
import { articleDescription } from '../lib/article-description.ts';
import { parsePartialDate } from '../schema/partial-date.ts';

const NEWEST = 50;

export async function GET(context: APIContext) {
  const articles = (await getPublishedArticles()).slice(0, NEWEST);
  return rss({
    title: '徐州新闻剪报档案',
    description: '徐州与高新园区新闻剪报档案的最新文章',
    site: context.site ?? 'https://xuzhou-archive.example.org',
    customData: '<language>zh-cn</language>',
    items: articles.map((a) => {
      const d = a.data.date ? parsePartialDate(a.data.date) : undefined;
      return {
        title: a.data.title,
        link: articleHref(a),
        description: articleDescription(a.body ?? ''),
        // Only a known date is given; a year or month stands for its first day.
        ...(d ? { pubDate: new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1)) } : {}),
        categories: [...a.data.parks, ...a.data.companies],
      };
    }),
  });
}
