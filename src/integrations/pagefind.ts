// Builds the Pagefind index with its Node API: only article pages (the ones marked
// data-pagefind-body), Chinese segmentation (the pages say lang="zh-CN"), filters for park,
// company, source and year, and the date as a sort. The Traditional twin shares this one index:
// its search converts queries to Simplified instead of doubling the index.
import * as pagefind from 'pagefind';

/** Indexes the Simplified article pages under `site` into `site/pagefind/`; returns pages indexed. */
export async function buildSearchIndex(site: string): Promise<number> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  const added = await index.addDirectory({ path: site, glob: 'articles/**/*.html' });
  if (added.errors.length > 0) throw new Error(`Pagefind: ${added.errors.join('; ')}`);
  const written = await index.writeFiles({ outputPath: `${site}/pagefind` });
  if (written.errors.length > 0) throw new Error(`Pagefind: ${written.errors.join('; ')}`);
  await pagefind.close();
  return added.page_count;
}
