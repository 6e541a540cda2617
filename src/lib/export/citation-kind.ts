// What kind of item an article is when cited, by the same rule as the GB/T 7714 text on its page
// (src/lib/citation.ts): a clipping from a printed publication is a newspaper article; one saved
// from the web, or with no known source, is an online item at its address.
import { SITE_NAME } from '../../consts.ts';
import type { ExportedArticle } from '../../schema/export.ts';

export type CitationKind = 'newspaper' | 'online';

export function citationKind(article: Pick<ExportedArticle, 'source'>): CitationKind {
  return article.source?.publication && !article.source.url ? 'newspaper' : 'online';
}

/** The address a citation points at: the original web page if there is one, else the permalink. */
export function citedAddress(article: Pick<ExportedArticle, 'source' | 'url'>): string {
  return article.source?.url ?? article.url;
}

/**
 * Notes a reference manager keeps with the item: the lines printed around the title, why a date
 * was inferred, and the archive's copy (the permalink) when the citation points elsewhere.
 */
export function citationNotes(article: Pick<ExportedArticle, 'kicker' | 'subtitle' | 'series' | 'date' | 'source' | 'url'>): string[] {
  const notes: string[] = [];
  if (article.series) notes.push(`栏目：${article.series}`);
  if (article.kicker) notes.push(`引题：${article.kicker}`);
  if (article.subtitle) notes.push(`副题：${article.subtitle}`);
  if (article.date?.note) notes.push(`日期依据：${article.date.note}`);
  if (citedAddress(article) !== article.url) notes.push(`${SITE_NAME}存档：${article.url}`);
  return notes;
}
