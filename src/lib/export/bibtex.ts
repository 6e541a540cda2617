// An article as a BibTeX entry, for LaTeX users (biblatex, and the gbt7714 styles Chinese
// universities use): a newspaper clipping is @article with entrysubtype newspaper, a web page
// @online. `date` keeps the known precision (biblatex reads 2023-06); `year` and `month` are
// there for classic BibTeX styles.
import type { ExportedArticle } from '../../schema/export.ts';
import { parsePartialDate } from '../../schema/partial-date.ts';
import { citationKind, citationNotes, citedAddress } from './citation-kind.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '%': '\\%',
  '&': '\\&',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
  '^': '\\textasciicircum{}',
  '~': '\\textasciitilde{}',
};

/** Text in a field: TeX's special characters escaped, white space on one line. */
export function bibtexText(value: string): string {
  return value
    .replace(/[ \t\r\n\f\v]+/g, ' ')
    .trim()
    .replace(/[\\{}%&$#_^~]/g, (c) => SPECIAL[c]!);
}

/** A title: as bibtexText, with runs of Latin capitals (HPE, TCL) kept from case changes. */
function bibtexTitle(value: string): string {
  return bibtexText(value).replace(/(?<![\\A-Za-z])[A-Za-z]*[A-Z][A-Za-z]*/g, (word) => `{${word}}`);
}

/** The entry key: the article id, kept to the characters every BibTeX tool accepts. */
export function bibtexKey(id: string): string {
  return id.replace(/[^A-Za-z0-9_:-]+/g, '-').replace(/^-+|-+$/g, '') || 'article';
}

type Field = [name: string, value: string, bare?: boolean];

function fields(article: ExportedArticle): Field[] {
  const kind = citationKind(article);
  const list: Field[] = [['title', bibtexTitle(article.title)]];
  if (article.subtitle) list.push(['subtitle', bibtexTitle(article.subtitle)]);
  // Each name in braces: a Chinese name has no first and last name for BibTeX to split.
  if (article.byline.length > 0) list.push(['author', article.byline.map((n) => `{${bibtexText(n)}}`).join(' and ')]);
  const publication = article.source?.publication;
  if (kind === 'newspaper' && publication) list.push(['journal', bibtexText(publication)], ['entrysubtype', 'newspaper']);
  if (kind === 'online' && publication) list.push(['organization', bibtexText(publication)]);
  const date = article.date ? parsePartialDate(article.date.value) : undefined;
  if (article.date && date) {
    list.push(['date', article.date.value], ['year', String(date.year)]);
    if (date.month) list.push(['month', MONTHS[date.month - 1]!, true]);
  }
  if (article.source?.page) list.push(['pages', bibtexText(article.source.page)]);
  // URLs are verbatim fields; new URL() has already percent-encoded any brace in them.
  list.push(['url', citedAddress(article)]);
  const notes = citationNotes(article);
  if (notes.length > 0) list.push(['note', notes.map(bibtexText).join('；')]);
  if (article.parks.length + article.companies.length > 0) list.push(['keywords', [...article.parks, ...article.companies].map(bibtexText).join(', ')]);
  list.push(['langid', 'chinese']);
  return list;
}

export function bibtexEntry(article: ExportedArticle, key = bibtexKey(article.id)): string {
  const type = citationKind(article) === 'newspaper' ? 'article' : 'online';
  const body = fields(article).map(([name, value, bare]) => `  ${name} = ${bare ? value : `{${value}}`},`);
  return [`@${type}{${key},`, ...body, '}', ''].join('\n');
}

/** Several entries in one file; keys made unique where two ids come out alike. */
export function bibtexFile(articles: readonly ExportedArticle[]): string {
  const used = new Set<string>();
  return articles
    .map((article) => {
      const base = bibtexKey(article.id);
      let key = base;
      for (let n = 2; used.has(key); n++) key = `${base}-${n}`;
      used.add(key);
      return bibtexEntry(article, key);
    })
    .join('\n');
}
