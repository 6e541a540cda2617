// The search records of the built article pages (/articles/<id>/index.html, search-record.ts),
// read before the search index and the Traditional twin run side by side (after-build.ts).
// Records are kept in the build cache with their page's size and time: a page Astro did not write
// again (its incremental build keeps unchanged pages) is not read again (at 20,000 articles, 7 s).
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { articleHref } from '../core/urls.ts';
import { ensureDir, type BuildCache } from './build-cache.ts';
import { searchRecord, type SearchRecord } from './search-record.ts';

const CACHE_KIND = 'records';

interface Kept {
  size: number;
  mtimeMs: number;
  /** Undefined for a page with nothing indexed (a moved article's redirect). */
  record?: SearchRecord;
}

function readStore(file: string | undefined): Map<string, Kept> {
  if (!file || !existsSync(file)) return new Map();
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, Kept>));
  } catch {
    // A store cut short (a build stopped while writing it): read every page again.
    return new Map();
  }
}

/**
 * Every article page's record; pages with nothing indexed have none. `pages`, when given, holds
 * the files of the pages this build has (Astro's `assets`): read before the stale-file sweep
 * (after-build.ts), the pages of articles removed since the last build are still there.
 */
export function readArticleRecords(site: string, cache?: BuildCache, pages?: ReadonlySet<string>): SearchRecord[] {
  const dir = join(site, 'articles');
  if (!existsSync(dir)) return [];
  const storeFile = cache?.entryPath(CACHE_KIND, cache.version, '.json');
  const before = readStore(storeFile);
  const now = new Map<string, Kept>();
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const page = join(dir, entry.name, 'index.html');
    const stat = entry.isDirectory() && (!pages || pages.has(page)) ? statSync(page, { throwIfNoEntry: false }) : undefined;
    if (!stat) continue;
    const path = articleHref(entry.name);
    const kept = before.get(path);
    const same = kept !== undefined && kept.size === stat.size && kept.mtimeMs === stat.mtimeMs;
    now.set(path, same ? kept : { size: stat.size, mtimeMs: stat.mtimeMs, record: searchRecord(readFileSync(page, 'utf8'), path) });
  }
  if (storeFile) {
    ensureDir(dirname(storeFile));
    writeFileSync(storeFile, JSON.stringify(Object.fromEntries(now)));
  }
  return [...now.values()].flatMap((k) => (k.record ? [k.record] : []));
}
