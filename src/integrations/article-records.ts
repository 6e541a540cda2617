// The search records of the built article pages (/articles/<id>/index.html, search-record.ts),
// read before the search index and the Traditional twin run side by side (after-build.ts).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleHref } from '../core/urls.ts';
import { searchRecord, type SearchRecord } from './search-record.ts';

/** Every article page's record; pages with nothing indexed (a moved article's redirect) have none. */
export function readArticleRecords(site: string): SearchRecord[] {
  const dir = join(site, 'articles');
  if (!existsSync(dir)) return [];
  const records: SearchRecord[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const page = join(dir, entry.name, 'index.html');
    if (!entry.isDirectory() || !existsSync(page)) continue;
    const record = searchRecord(readFileSync(page, 'utf8'), articleHref(entry.name));
    if (record) records.push(record);
  }
  return records;
}
