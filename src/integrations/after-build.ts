// After Astro has written the Simplified pages, on the build's thread, in this order: the article
// pages' search records are read (article-records.ts), and the search index (search-index.ts:
// mostly Pagefind's work, in processes of their own) starts from them at once. Meanwhile this
// thread writes each article's data and citation files (article-files.ts), removes the files an
// earlier build left that this one did not make (the output directory is kept between builds,
// stale-files.ts) and writes the Traditional twin of every page (traditional-twin.ts); when the
// twin is done its core indexes shards too. Each of these steps hands the event loop back now and
// then, so Pagefind is never left waiting for its next record. Then the old entries of the build
// cache are pruned.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { writeArticleFiles } from './article-files.ts';
import { readArticleRecords } from './article-records.ts';
import { BuildCache } from './build-cache.ts';
import { shardPagesFromEnv, writeSearchIndex } from './search-index.ts';
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
        const cache = BuildCache.open();
        const started = performance.now();
        const cpu = process.cpuUsage();
        const since = (from: number) => `${((performance.now() - from) / 1000).toFixed(1)} s`;
        const pages = new Set([...assets.values()].flat().map((url) => fileURLToPath(url)));
        const records = readArticleRecords(site, cache, pages);
        logger.info(`search records: ${records.length} article pages read (${since(started)})`);
        const both = performance.now();
        let twinDone: () => void = () => {};
        const coreFreed = new Promise<void>((resolve) => (twinDone = resolve));
        const index = writeSearchIndex(site, records, cache, shardPagesFromEnv(), coreFreed).then((i) => ({ ...i, took: since(both) }));
        // Should a step on this thread fail, the index is still awaited (its Pagefind processes closed).
        const thisThread = async () => {
          const files = await writeArticleFiles(site);
          logger.info(`article data and citation files: ${files.files}, ${files.written} written, the others unchanged (${since(both)})`);
          const stale = await removeStaleFiles(site, assets, buildStarted);
          if (stale > 0) logger.info(`removed ${stale} file(s) an earlier build left that this one did not make`);
          const twinStarted = performance.now();
          return { ...(await writeTraditionalTwin(site, cache)), took: since(twinStarted) };
        };
        const [made, twin] = await Promise.allSettled([index, thisThread().finally(twinDone)]);
        if (twin.status === 'rejected') throw twin.reason;
        if (made.status === 'rejected') throw made.reason;
        logger.info(
          `Traditional twin: ${twin.value.pages} pages under /zh-hant/, ${twin.value.converted} converted${twin.value.workers > 0 ? ` on ${twin.value.workers} threads` : ''}, the others kept or from the cache (${twin.value.took})`,
        );
        logger.info(
          `search index: ${made.value.docs} articles in ${made.value.shards} shard(s), ${made.value.indexed} indexed, the others kept or from the cache; ${made.value.names} parks and companies (${made.value.took})`,
        );
        // CPU of this process only: Pagefind's own process is not counted.
        const used = process.cpuUsage(cpu);
        logger.info(`records, article files, twin and index: ${since(started)}, ${((used.user + used.system) / 1e6).toFixed(1)} s CPU`);
        cache.prune();
      },
    },
  };
}
