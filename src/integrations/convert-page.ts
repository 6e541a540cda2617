// One built page's Traditional twin and (for an article page) its search record, from one parse.
// Used on the build's main thread and on its worker threads (twin-worker.ts).
import { parseHtml, stringifyHtml, twinTree } from '../lib/twin-html.ts';
import { searchRecord, type SearchRecord } from './search-record.ts';

/** The pages that give the search a record. */
export const ARTICLE_PAGE = /^\/articles\/[^/]+\/$/;

export interface PageOutput {
  twin: string;
  record?: SearchRecord;
}

export function convertPage(html: string, path: string): PageOutput {
  const tree = parseHtml(html);
  // The record is read first: the twin changes the tree in place.
  const record = ARTICLE_PAGE.test(path) ? searchRecord(tree, path) : undefined;
  twinTree(tree, path);
  return { twin: stringifyHtml(tree), ...(record ? { record } : {}) };
}
