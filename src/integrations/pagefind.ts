// Builds the Pagefind index with its Node API after the build: only article pages (the ones
// marked data-pagefind-body), Chinese segmentation (the pages say lang="zh-CN"), filters for park,
// company, source and year, and the date as a sort. The Traditional twin shares this one index:
// its search converts queries to Simplified instead of doubling the index.
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import * as pagefind from 'pagefind';

export default function pagefindIndex(): AstroIntegration {
  return {
    name: 'pagefind-index',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const site = fileURLToPath(dir);
        const { index, errors } = await pagefind.createIndex({});
        if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
        // The twin is written after this hook; only the Simplified pages are ever indexed.
        const added = await index.addDirectory({ path: site, glob: 'articles/**/*.html' });
        if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
        const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
        if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
        await pagefind.close();
        logger.info(`indexed ${added.page_count} pages into /pagefind/`);
      },
    },
  };
}
