// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeTidyImages from './src/markdown/rehype-tidy-images.ts';
import rehypePrintedScript from './src/markdown/rehype-printed-script.ts';
import { articleSanitizeSchema } from './src/markdown/sanitize-schema.ts';
import { CSP_DIRECTIVES } from './src/security/csp.ts';
import { readSiteAddress } from './src/consts.ts';
import siteAddressCheck from './src/integrations/site-address.ts';
import sitemapWithTwins from './src/integrations/sitemap.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import afterBuild from './src/integrations/after-build.ts';
import devTwin from './src/integrations/dev-twin.ts';

// Where the archive is published (ARCHIVE_SITE_URL, see src/consts.ts): feeds, the sitemap,
// canonical links and permalinks are built from it.
const address = readSiteAddress();

export default defineConfig({
  site: address.url,
  trailingSlash: 'always',
  // Astro 7 renders Markdown with its native processor unless told otherwise; the archive keeps the
  // remark/rehype pipeline so its own plugins (sanitizing, Traditional twin) can plug in.
  markdown: {
    // Raw HTML an editor pasted is parsed (rehype-raw), then cut down to a safe subset (rehype-sanitize).
    // Smart punctuation is for English; Chinese text has its own full-width marks already.
    processor: unified({ smartypants: false, rehypePlugins: [rehypeRaw, [rehypeSanitize, articleSanitizeSchema], rehypeTidyImages, rehypePrintedScript] }),
  },
  // Stylesheets are files, not inline <style>, so one policy (dist/_headers) fits every page.
  // Eight pages rendered at once: rendering one page waits on file reads, hashing and writes, and
  // one at a time left the build's thread idle four tenths of the time (17 s for 3,600 pages at
  // 2,000 articles, 11 s with 8; the pages are the same byte for byte).
  build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
  // A <meta> Content-Security-Policy on every page; Astro adds hashes for any inline script or style.
  // Pagefind runs WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
  security: { csp: { directives: [...CSP_DIRECTIVES], scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] } } },
  // Pages whose key is unchanged are not rendered again on a rebuild (src/lib/page-keys.ts);
  // `astro build --force` renders every page.
  experimental: { incrementalBuild: true },
  // The output directory is kept between builds, so kept pages, twins and search shards need not
  // be written again; src/integrations/stale-files.ts removes what a build did not make.
  vite: { build: { emptyOutDir: false } },
  integrations: [sitemapWithTwins(), securityHeaders(), afterBuild(), devTwin(), siteAddressCheck(address)],
  server: { host: '127.0.0.1' },
});
