// After the build: each article's data and citation files beside its page (/articles/<id>.json,
// .ris, .bib), written from /data/articles.json, which the build has just written and checked
// against the export schema (src/pages/data/articles.json.ts). Written here rather than as three
// Astro routes per article because a route costs about a millisecond a file: 20,000 articles
// would add a minute to the build; plain writes take a few seconds.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { ARTICLES_DATA_PATH } from '../core/urls.ts';
import { articleFiles } from '../lib/export/article-files.ts';
import type { ArticlesFile } from '../schema/export.ts';

/** Writes every article's files under `site`; returns how many files. */
export function writeArticleFiles(site: string): number {
  const file = JSON.parse(readFileSync(join(site, ARTICLES_DATA_PATH), 'utf8')) as ArticlesFile;
  let written = 0;
  // Synchronous: thousands of small files are written faster one after another than as promises.
  for (const article of file.articles) {
    for (const f of articleFiles(article)) writeFileSync(join(site, f.path), f.content, 'utf8');
    written += 3;
  }
  return written;
}

export default function articleFilesIntegration(): AstroIntegration {
  return {
    name: 'archive-article-files',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        const count = writeArticleFiles(fileURLToPath(dir));
        logger.info(`article data and citation files: ${count} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
      },
    },
  };
}
