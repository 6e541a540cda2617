// An article as an RIS record, the tagged format Zotero, EndNote and most reference managers
// import. Tags as Zotero writes them: NEWS or ELEC, T2 the publication, DA the date at its known
// precision (YYYY/MM/DD/, empty parts for what is not known), PY the year, UR the address.
import { SITE_NAME } from '../../consts.ts';
import type { ExportedArticle } from '../../schema/export.ts';
import { parsePartialDate } from '../../schema/partial-date.ts';
import { citationKind, citationNotes, citedAddress } from './citation-kind.ts';

/** RIS lines end in CR LF (the format's own rule; every importer reads it). */
const EOL = '\r\n';
const TYPE = { newspaper: 'NEWS', online: 'ELEC' } as const;

/** An RIS value is one line. */
function oneLine(value: string): string {
  // Line breaks and tabs become a space; the ideographic space (U+3000) of a headline stays.
  return value.replace(/[ \t\r\n\f\v]+/g, ' ').trim();
}

/** 2023-06 → 2023/06//, 2023 → 2023///, 2023-06-12 → 2023/06/12/ */
export function risDate(value: string): string {
  const d = parsePartialDate(value);
  if (!d) return '';
  const pad = (n: number | undefined) => (n === undefined ? '' : String(n).padStart(2, '0'));
  return `${d.year}/${pad(d.month)}/${pad(d.day)}/`;
}

export function risRecord(article: ExportedArticle): string {
  const lines: [string, string][] = [
    ['TY', TYPE[citationKind(article)]],
    ['TI', article.title],
  ];
  for (const name of article.byline) lines.push(['AU', name]);
  if (article.source?.publication) lines.push(['T2', article.source.publication]);
  if (article.date) {
    lines.push(['PY', article.date.value.slice(0, 4)]);
    lines.push(['DA', risDate(article.date.value)]);
  }
  if (article.source?.page) lines.push(['SP', article.source.page]);
  for (const name of [...article.parks, ...article.companies]) lines.push(['KW', name]);
  lines.push(['LA', 'zh-CN']);
  lines.push(['DB', SITE_NAME]);
  // One UR (importers disagree on a second): a web clipping's permalink goes in the note.
  lines.push(['UR', citedAddress(article)]);
  const notes = citationNotes(article);
  if (notes.length > 0) lines.push(['N1', notes.join('；')]);
  const body = lines.map(([tag, value]) => [tag, oneLine(value)] as const).filter(([, value]) => value !== '');
  return [...body.map(([tag, value]) => `${tag}  - ${value}`), 'ER  - ', ''].join(EOL);
}

/** Several records in one file, one after another. */
export function risFile(articles: readonly ExportedArticle[]): string {
  return articles.map(risRecord).join(EOL);
}
