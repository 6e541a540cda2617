// Under `npm run dev` the twin is not built, so /zh-hant/… pages are made on request: the dev
// server renders the Simplified page and it goes through the same twinHtml as in the build. The
// 简/繁 switch works while editing. (Files under /zh-hant/, such as the Traditional feed, are
// Astro's own routes and pass through.)
import type { AddressInfo } from 'node:net';
import type { AstroIntegration } from 'astro';
import { isTwinPath, simplifiedHref } from '../core/urls.ts';
import { twinHtml } from '../lib/twin-html.ts';

export default function devTwin(): AstroIntegration {
  return {
    name: 'archive-dev-twin',
    hooks: {
      'astro:server:setup': ({ server, logger }) => {
        server.middlewares.use((req, res, next) => {
          const url = new URL(req.url ?? '/', 'http://dev.invalid');
          // Pages end in a slash (trailingSlash: 'always'); anything else is a file.
          if (!isTwinPath(url.pathname) || !url.pathname.endsWith('/')) return next();
          const address = server.httpServer?.address() as AddressInfo | null | undefined;
          if (!address?.port) return next();
          const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
          const simplified = simplifiedHref(url.pathname);
          fetch(`http://${host}:${address.port}${simplified}${url.search}`, { headers: { accept: 'text/html' } })
            .then(async (page) => {
              res.statusCode = page.status;
              res.setHeader('Content-Type', 'text/html; charset=utf-8');
              res.end(twinHtml(await page.text(), simplified));
            })
            .catch((error: unknown) => {
              logger.error(`twin of ${simplified}: ${String(error)}`);
              next(error);
            });
        });
      },
    },
  };
}
