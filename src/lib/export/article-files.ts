// One article's files beside its page: /articles/<id>.json (its record), .ris and .bib (its
// citation). Pure: what to write where.
import type { ExportedArticle } from '../../schema/export.ts';
import { articleFileHref } from '../../core/urls.ts';
import { bibtexEntry } from './bibtex.ts';
import { risRecord } from './ris.ts';

export function articleFiles(article: ExportedArticle): { path: string; content: string }[] {
  return [
    { path: articleFileHref(article.id, 'json'), content: `${JSON.stringify(article, null, 2)}\n` },
    { path: articleFileHref(article.id, 'ris'), content: risRecord(article) },
    { path: articleFileHref(article.id, 'bib'), content: bibtexEntry(article) },
  ];
}
