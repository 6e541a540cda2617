// Builds the Pagefind index with its Node API: only article pages (the ones marked
// data-pagefind-body), Chinese segmentation (the pages say lang="zh-CN"), filters for park,
// company, source and year, and the date as a sort. The Traditional twin shares the index: its
// search converts queries to Simplified instead of doubling it.
//
// Pagefind holds the whole index in memory while it builds (about 0.6 MB per article page), so a
// large archive is indexed in shards by year, one after another, each in a fresh Pagefind process
// that exits when its shard is written: the build's memory is one shard's, not the archive's. The
// newest shard is the primary index at /pagefind/; the others go under /pagefind/shards/ and are
// listed in /pagefind/shards.json, which the search page merges (Pagefind's multisite search).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pagefind from 'pagefind';
import { PAGEFIND_DIR, SHARDS_FILE } from '../lib/search-data.ts';
import { planShards, type Shard } from './search-shards.ts';

/** Article pages one shard may hold; up to this many the index is not sharded at all. */
export const DEFAULT_SHARD_PAGES = 2500;

export interface SearchIndexResult {
  pages: number;
  shards: number;
}

function articlePages(site: string): string[] {
  const dir = join(site, 'articles');
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => e.isDirectory())
    .map((e) => `articles/${e.name}/index.html`)
    .sort();
}

const YEAR = /data-pagefind-filter="year">(\d{4})</u;

async function writeShard(site: string, shard: Shard, outputPath: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    for (const sourcePath of shard.pages) {
      const added = await index.addHTMLFile({ sourcePath, content: readFileSync(join(site, sourcePath), 'utf8') });
      if (added.errors.length > 0) throw new Error(`Pagefind: ${sourcePath}: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  } finally {
    // Ends Pagefind's process, and with it the memory the shard held.
    await pagefind.close();
  }
  return shard.pages.length;
}

/** Indexes the Simplified article pages under `site` into `site/pagefind/` (and its shards). */
export async function buildSearchIndex(site: string, shardPages = Number(process.env.ARCHIVE_SEARCH_SHARD_PAGES) || DEFAULT_SHARD_PAGES): Promise<SearchIndexResult> {
  const pages = articlePages(site);
  const output = join(site, PAGEFIND_DIR);
  if (pages.length <= shardPages) {
    const { index, errors } = await pagefind.createIndex({});
    if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
    const added = await index.addDirectory({ path: site, glob: 'articles/**/*.html' });
    if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: output });
    if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
    await pagefind.close();
    writeFileSync(join(output, SHARDS_FILE), '[]\n');
    return { pages: added.page_count, shards: 1 };
  }
  const years = pages.map((p) => YEAR.exec(readFileSync(join(site, p), 'utf8'))?.[1]);
  const [primary, ...others] = planShards(pages, years, shardPages);
  let indexed = await writeShard(site, primary!, output);
  for (const shard of others) indexed += await writeShard(site, shard, join(output, 'shards', shard.name));
  writeFileSync(join(output, SHARDS_FILE), `${JSON.stringify(others.map((s) => `${PAGEFIND_DIR}shards/${s.name}/`))}\n`);
  return { pages: indexed, shards: others.length + 1 };
}
