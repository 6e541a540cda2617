// One published article as a data record (src/schema/export.ts): what a researcher takes away
// in /data/articles.json and /articles/<id>.json.
import { absoluteUrl, articleFileHref, articleHref } from '../../core/urls.ts';
import type { Article } from '../../schema/article.ts';
import type { ExportedArticle, ExportedDate } from '../../schema/export.ts';
import { parsePartialDate } from '../../schema/partial-date.ts';

export interface RecordSource {
  id: string;
  data: Article;
  /** The body as plain text (plain-text.ts). */
  text: string;
}

function exportedDate(data: Article): ExportedDate | null {
  const parsed = data.date ? parsePartialDate(data.date) : undefined;
  if (!data.date || !parsed) return null;
  return { value: data.date, precision: parsed.precision, origin: data.dateOrigin ?? null, note: data.dateNote ?? null };
}

export function articleRecord({ id, data, text }: RecordSource, site: string): ExportedArticle {
  return {
    id,
    url: absoluteUrl(articleHref(id), site),
    title: data.title,
    titleOrigin: data.titleOrigin,
    kicker: data.kicker ?? null,
    subtitle: data.subtitle ?? null,
    series: data.series ?? null,
    date: exportedDate(data),
    source: data.source ?? null,
    byline: data.byline ?? [],
    place: data.place ?? null,
    parks: data.parks,
    companies: data.companies,
    captions: data.captions ?? [],
    text,
    files: { json: absoluteUrl(articleFileHref(id, 'json'), site), ris: absoluteUrl(articleFileHref(id, 'ris'), site), bib: absoluteUrl(articleFileHref(id, 'bib'), site) },
  };
}
