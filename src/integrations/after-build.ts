// After Astro has written the Simplified pages: files an earlier build left that this one did not
// make are removed (the output directory is kept between builds, stale-files.ts), the Traditional
// twin of every page is written and the search index from the article pages (both read in one
// pass over the pages, traditional-twin.ts), then the old entries of the build cache are pruned.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
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
        let started = performance.now();
        let cpu = process.cpuUsage();
        // Wall and CPU seconds of each step: on a shared machine the two differ, and CPU is what the step costs.
        const seconds = () => {
          const wall = (performance.now() - started) / 1000;
          const used = process.cpuUsage(cpu);
          started = performance.now();
          cpu = process.cpuUsage();
          return `${wall.toFixed(1)} s, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU`;
        };
        const twin = await writeTraditionalTwin(site, cache);
        logger.info(
          `Traditional twin: ${twin.pages} pages under /zh-hant/, ${twin.converted} converted${twin.workers > 0 ? ` on ${twin.workers} threads` : ''}, the others kept or from the cache (${seconds()})`,
        );
        const index = await writeSearchIndex(site, twin.records, cache);
        logger.info(`search index: ${index.docs} articles in ${index.shards} shard(s), ${index.indexed} indexed, the others kept or from the cache; ${index.names} parks and companies (${seconds()})`);
        cache.prune();
      },
    },
  };
}
