// After Astro has written the Simplified pages: files an earlier build left that this one did not
// make are removed (the output directory is kept between builds, stale-files.ts), the article
// pages' search records are read (article-records.ts), then the Traditional twin of every page
// (traditional-twin.ts) and the search index (search-index.ts: mostly Pagefind's work, in
// processes of their own) are written side by side.
// Then the old entries of the build cache are pruned.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { readArticleRecords } from './article-records.ts';
import { BuildCache } from './build-cache.ts';
import { writeSearchIndex } from './search-index.ts';
import { removeStaleFiles } from './stale-files.ts';
import { writeTraditionalTwin } from './traditional-twin.ts';

export default function afterBuild(): AstroIntegration {
  let buildStarted = Date.now();
  return {
    name: 'archive-after-build',
    hooks: {
      'astro:build:start': () => {
        buildStarted = Date.now();
      },
      'astro:build:done': async ({ dir, assets, logger }) => {
        const site = fileURLToPath(dir).replace(/\/$/, '');
        const stale = removeStaleFiles(site, assets, buildStarted);
        if (stale > 0) logger.info(`removed ${stale} file(s) an earlier build left that this one did not make`);
        const cache = BuildCache.open();
        const started = performance.now();
        const cpu = process.cpuUsage();
        const since = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;
        const records = readArticleRecords(site, cache);
        logger.info(`search records: ${records.length} article pages read (${since(started)})`);
        const both = performance.now();
        // The index first: it starts Pagefind's process before the twin reads its pages.
        const [index, twin] = await Promise.all([
          writeSearchIndex(site, records, cache).then((i) => ({ ...i, took: since(both) })),
          writeTraditionalTwin(site, cache).then((t) => ({ ...t, took: since(both) })),
        ]);
        logger.info(
          `Traditional twin: ${twin.pages} pages under /zh-hant/, ${twin.converted} converted${twin.workers > 0 ? ` on ${twin.workers} threads` : ''}, the others kept or from the cache (${twin.took})`,
        );
        logger.info(
          `search index: ${index.docs} articles in ${index.shards} shard(s), ${index.indexed} indexed, the others kept or from the cache; ${index.names} parks and companies (${index.took})`,
        );
        // CPU of this process only: Pagefind's own process is not counted.
        const used = process.cpuUsage(cpu);
        logger.info(`records, twin and index: ${since(started)}, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU`);
        cache.prune();
      },
    },
  };
}
