// A cut-out draft becomes an article record: cleaned text, title (printed, editor's or derived),
// date with its origin, byline, captions, source and the script it was printed in.
import type { Script } from '../../../src/core/script.ts';
import { bridgeBlankLines, toRanges } from '../../../src/core/line-ranges.ts';
import type { ArticleRecord } from '../article-record.ts';
import { cleanBodyText, cleanCaptionText, cleanHeadline } from './clean-text/index.ts';
import type { PageFacts } from '../read-page/index.ts';
import { printedDate } from '../read-page/printed-date.ts';
import type { Sidecar } from '../sidecar.ts';
import type { BodyNode, Draft } from '../split/index.ts';
import { withBracketedTitle } from './bracketed-title.ts';
import { deriveTitle } from './derived-title.ts';

/** What buildRecord needs to know about the page. */
export interface PageContext {
  file: string;
  facts: PageFacts;
  sidecar: Sidecar;
  /** Is raw line n (1-based) blank? Lets the recorded line ranges run over blank lines. */
  isBlankLine?: (line: number) => boolean;
  script: Script;
  /** The page holds one article: the authors its meta line names are that article's. */
  singleArticle: boolean;
}

function cleanNode(n: BodyNode): BodyNode | undefined {
  switch (n.type) {
    case 'heading':
      return n.text.trim() ? { type: 'heading', text: cleanHeadline(n.text) } : undefined;
    case 'paragraph': {
      const text = cleanBodyText(n.text);
      return text.trim() ? { type: 'paragraph', text } : undefined;
    }
    case 'list':
      return { type: 'list', items: n.items.map(cleanBodyText).filter((t) => t.trim() !== '') };
    case 'table':
      return { type: 'table', rows: n.rows.map((r) => r.map((c) => cleanBodyText(c))) };
  }
}

/**
 * The article's date: printed on the page, printed in its subtitle (a speech's day), or the
 * sidecar's. A sidecar date is one an editor read off the page, unless the sidecar says how it
 * was worked out (`dateNote`): then it is inferred, and the note goes with it.
 */
function dateOf(draft: Draft, page: PageContext): { date?: string; dateOrigin?: 'printed' | 'sidecar'; dateNote?: string } {
  const printed = page.facts.date ?? (draft.title.subtitle ? printedDate(draft.title.subtitle) : undefined);
  if (printed) return { date: printed, dateOrigin: 'printed' };
  if (!page.sidecar.date) return {};
  if (!page.sidecar.dateNote) return { date: page.sidecar.date, dateOrigin: 'printed' };
  return { date: page.sidecar.date, dateOrigin: 'sidecar', dateNote: page.sidecar.dateNote };
}

function titleOf(draft: Draft, firstParagraph: string, sidecar: Sidecar): { title: string; titleOrigin: 'printed' | 'derived' | 'editor' } {
  if (draft.title.title && cleanHeadline(draft.title.title).trim()) return { title: cleanHeadline(draft.title.title), titleOrigin: draft.titleOrigin };
  const given = sidecar.titles?.find((x) => firstParagraph.startsWith(cleanBodyText(x.lead)));
  if (given) return { title: given.title, titleOrigin: 'editor' };
  const derived = deriveTitle(firstParagraph);
  return { title: derived.trim() ? derived : '无题', titleOrigin: 'derived' };
}

export function buildRecord(printed: Draft, position: number, page: PageContext): ArticleRecord {
  const draft = withBracketedTitle(printed);
  const body = draft.body.map(cleanNode).filter((n): n is BodyNode => n !== undefined);
  // Fields are only written when cleaning left something in them.
  const optional = (key: string, value: string | undefined) => {
    const cleaned = value === undefined ? '' : cleanHeadline(value);
    return cleaned.trim() ? { [key]: cleaned } : {};
  };
  const captions = draft.captions.map(cleanCaptionText).filter((c) => c.trim() !== '');
  const authors = draft.byline.length === 0 && page.singleArticle ? page.facts.authors : draft.byline;
  const byline = [...new Set(authors.map((b) => b.replace(/\s/gu, '')).filter(Boolean))];
  const firstParagraph = body.find((n) => n.type === 'paragraph')?.text ?? '';
  const publication = page.sidecar.publication ?? page.facts.publication;
  const source = {
    file: page.file,
    ...(publication ? { publication } : {}),
    // The sidecar's page if an editor gave one, else the label the page's head prints.
    ...(page.sidecar.page || page.facts.page ? { page: page.sidecar.page ?? page.facts.page } : {}),
    ...(page.sidecar.url ? { url: page.sidecar.url } : {}),
    ...(draft.lines.size > 0 ? { lines: toRanges(bridgeBlankLines(draft.lines, page.isBlankLine ?? (() => false))) } : {}),
  };
  const t = draft.title;
  return {
    data: {
      ...titleOf(draft, firstParagraph, page.sidecar),
      ...optional('kicker', t.kicker),
      ...optional('subtitle', t.subtitle),
      ...optional('series', t.series),
      ...(byline.length > 0 ? { byline } : {}),
      ...dateOf(draft, page),
      source,
      ...(page.sidecar.place ? { place: page.sidecar.place } : {}),
      ...(page.script === 'hant' ? { script: 'hant' as const } : {}),
      parks: [],
      companies: [],
      ...(captions.length > 0 ? { captions } : {}),
      position,
    },
    body,
  };
}
