// RSS feed of the newest articles (the Traditional one is /zh-hant/rss.xml).
import type { APIContext } from 'astro';
import { articleFeed } from '../lib/feed.ts';

export const GET = (context: APIContext) => articleFeed(context.site!, 'hans');
