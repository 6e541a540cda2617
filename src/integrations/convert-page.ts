// One built page's Traditional twin and (for an article page) its search record. Used on the
// build's main thread and on its worker threads (twin-worker.ts).
import { tokenize } from '../lib/html-tokens.ts';
import { twinOfTokens } from '../lib/twin-html.ts';
import { recordOfTokens, type SearchRecord } from './search-record.ts';

/** The pages that give the search a record. */
export const ARTICLE_PAGE = /^\/articles\/[^/]+\/$/;

export interface PageOutput {
  twin: string;
  record?: SearchRecord;
}

export function convertPage(html: string, path: string): PageOutput {
  const tokens = tokenize(html);
  const record = ARTICLE_PAGE.test(path) ? recordOfTokens(tokens, path) : undefined;
  return { twin: twinOfTokens(tokens, path), ...(record ? { record } : {}) };
}
