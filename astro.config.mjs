// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize from 'rehype-sanitize';
import rehypeTidyImages from './src/markdown/rehype-tidy-images.ts';
import { articleSanitizeSchema } from './src/markdown/sanitize-schema.ts';
import { CSP_DIRECTIVES } from './src/security/csp.ts';
import securityHeaders from './src/integrations/security-headers.ts';
import afterBuild from './src/integrations/after-build.ts';

// The address the archive is published at; feeds, the sitemap and permalinks are built from it.
const site = process.env.SITE_URL ?? 'https://xuzhou-archive.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  // Astro 7 renders Markdown with its native processor unless told otherwise; the archive keeps the
  // remark/rehype pipeline so its own plugins (sanitizing, Traditional twin) can plug in.
  markdown: {
    // Raw HTML an editor pasted is parsed (rehype-raw), then cut down to a safe subset (rehype-sanitize).
    // Smart punctuation is for English; Chinese text has its own full-width marks already.
    processor: unified({ smartypants: false, rehypePlugins: [rehypeRaw, [rehypeSanitize, articleSanitizeSchema], rehypeTidyImages] }),
  },
  // Stylesheets are files, not inline <style>, so one policy (public/_headers) fits every page.
  build: { format: 'directory', inlineStylesheets: 'never' },
  // A <meta> Content-Security-Policy on every page; Astro adds hashes for any inline script or style.
  // Pagefind runs WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
  security: { csp: { directives: [...CSP_DIRECTIVES], scriptDirective: { resources: ["'self'", "'wasm-unsafe-eval'"] } } },
  integrations: [sitemap(), securityHeaders(), afterBuild()],
  server: { host: '127.0.0.1' },
});
