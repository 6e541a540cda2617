// After Astro has written the Simplified pages: the Traditional twin of every page, and the search
// index from the article pages (both read in one pass over the pages, traditional-twin.ts), then
// the old entries of the build cache are pruned.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { BuildCache } from './build-cache.ts';
import { writeSearchIndex } from './search-index.ts';
import { writeTraditionalTwin } from './traditional-twin.ts';

export default function afterBuild(): AstroIntegration {
  return {
    name: 'archive-after-build',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir).replace(/\/$/, '');
        const cache = BuildCache.open();
        let started = performance.now();
        const seconds = () => {
          const s = (performance.now() - started) / 1000;
          started = performance.now();
          return s.toFixed(1);
        };
        const twin = await writeTraditionalTwin(site, cache);
        logger.info(`Traditional twin: ${twin.pages} pages under /zh-hant/, ${twin.converted} converted, the others from the cache (${seconds()} s)`);
        const index = writeSearchIndex(site, twin.records, cache);
        logger.info(
          `search index: ${index.docs} articles in ${index.shards} shard(s), ${index.indexed} indexed, the others from the cache; ${index.names} parks and companies (${seconds()} s)`,
        );
        cache.prune();
      },
    },
  };
}
