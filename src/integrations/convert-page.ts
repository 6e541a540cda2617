// One built page's Traditional twin and (for an article page) its search record. Used on the
// build's main thread and on its worker threads (twin-worker.ts).
import { twinHtml } from '../lib/twin-html.ts';
import { searchRecord, type SearchRecord } from './search-record.ts';

/** The pages that give the search a record. */
export const ARTICLE_PAGE = /^\/articles\/[^/]+\/$/;

export interface PageOutput {
  twin: string;
  record?: SearchRecord;
}

export function convertPage(html: string, path: string): PageOutput {
  const record = ARTICLE_PAGE.test(path) ? searchRecord(html, path) : undefined;
  return { twin: twinHtml(html, path), ...(record ? { record } : {}) };
}
