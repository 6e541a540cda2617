// After Astro has written the Simplified pages: the search index and the Traditional twin. They
// run at the same time: Pagefind indexes in its own process while the twin is written on worker
// threads, and the index only ever reads the Simplified pages (the twin goes under /zh-hant/).
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { buildSearchIndex } from './pagefind.ts';
import { writeTraditionalTwin } from './traditional-twin.ts';

export default function afterBuild(): AstroIntegration {
  return {
    name: 'archive-after-build',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir).replace(/\/$/, '');
        const started = performance.now();
        const timed = <T,>(work: Promise<T>) => work.then((value) => ({ value, seconds: (performance.now() - started) / 1000 }));
        const [indexed, twins] = await Promise.all([timed(buildSearchIndex(site)), timed(writeTraditionalTwin(site))]);
        const shards = indexed.value.shards > 1 ? ` in ${indexed.value.shards} shards` : '';
        logger.info(
          `search index: ${indexed.value.pages} article pages${shards} (${indexed.seconds.toFixed(1)} s); Traditional twin: ${twins.value} pages under /zh-hant/ (${twins.seconds.toFixed(1)} s)`,
        );
      },
    },
  };
}
