// robots.txt: everything may be read; the sitemap (with each page's Traditional twin) says what there is.
import type { APIContext } from 'astro';
import { absoluteUrl, SITEMAP_PATH } from '../core/urls.ts';

export function GET(context: APIContext) {
  const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${absoluteUrl(SITEMAP_PATH, context.site!)}`, ''].join('\n');
  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
}
