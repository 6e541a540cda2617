// @ts-check
import { defineConfig } from 'astro/config';
import { unified } from '@astrojs/markdown-remark';
import sitemap from '@astrojs/sitemap';

// The address the archive is published at; feeds, the sitemap and permalinks are built from it.
const site = process.env.SITE_URL ?? 'https://xuzhou-archive.example.org';

export default defineConfig({
  site,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // Astro 7 renders Markdown with its native processor unless told otherwise; the archive keeps the
  // remark/rehype pipeline so its own plugins (sanitizing, Traditional twin) can plug in.
  markdown: {
    processor: unified({}),
  },
  integrations: [sitemap()],
  server: { host: '127.0.0.1' },
});
