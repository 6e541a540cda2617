// The RSS feed in Traditional characters, linking to the Traditional twin's pages. (Every other
// page under /zh-hant/ is written after the build from its Simplified page: a feed is not HTML.)
import type { APIContext } from 'astro';
import { articleFeed } from '../../lib/feed.ts';

export const GET = (context: APIContext) => articleFeed(context.site!, 'hant');
