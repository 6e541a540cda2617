// A cut-out draft becomes an article record: cleaned text, title (printed, editor's or derived),
// date with its origin, byline, captions and source.
import type { Draft } from '../split/draft.ts';
import type { Sidecar } from '../sidecar.ts';
import type { ArticleRecord } from '../article-record.ts';
import { cleanBodyText, cleanCaptionText, cleanHeadline } from '../normalize/clean-text.ts';
import { deriveTitle } from './derived-title.ts';
import { bridgeBlankLines, toRanges } from '../../../src/lib/line-ranges.ts';

export interface PageFacts {
  file: string;
  pageDate?: string | undefined;
  sidecar: Sidecar;
  /** Is raw line n (1-based) blank? Lets the recorded line ranges run over blank lines. */
  isBlankLine?: (line: number) => boolean;
}

const LEAD_MARK = /^(本报讯|本刊讯)\s*/u;

function cleanParagraph(text: string): string {
  // The `本报讯` mark keeps its space before the lead (the writer sets it in bold).
  const lead = LEAD_MARK.exec(text);
  if (!lead) return cleanBodyText(text);
  return `${lead[1]} ${cleanBodyText(text.slice(lead[0].length))}`;
}

export function buildRecord(draft: Draft, position: number, page: PageFacts): ArticleRecord {
  const body = draft.body
    .map((n) => (n.type === 'heading' ? { type: 'heading' as const, text: cleanHeadline(n.text) } : { type: 'paragraph' as const, text: cleanParagraph(n.text) }))
    .filter((n) => n.text.trim() !== '');
  // Fields are only written when cleaning left something in them.
  const optional = (key: string, value: string | undefined) => {
    const cleaned = value === undefined ? '' : cleanHeadline(value);
    return cleaned.trim() ? { [key]: cleaned } : {};
  };
  const captions = draft.captions.map(cleanCaptionText).filter((c) => c.trim() !== '');
  const byline = [...new Set(draft.byline.map((b) => b.trim()).filter(Boolean))];
  const firstParagraph = body.find((n) => n.type === 'paragraph')?.text ?? '';
  const t = draft.title;
  let title = t.title ? cleanHeadline(t.title) : undefined;
  let titleOrigin: 'printed' | 'derived' | 'editor' = 'printed';
  if (!title) {
    const plain = firstParagraph.replace(LEAD_MARK, '');
    const given = page.sidecar.titles?.find((x) => plain.startsWith(cleanBodyText(x.lead)));
    title = given ? given.title : deriveTitle(firstParagraph);
    titleOrigin = given ? 'editor' : 'derived';
  }
  const date = page.pageDate ?? page.sidecar.date;
  const source = {
    file: page.file,
    ...(page.sidecar.publication ? { publication: page.sidecar.publication } : {}),
    ...(page.sidecar.page ? { page: page.sidecar.page } : {}),
    ...(page.sidecar.url ? { url: page.sidecar.url } : {}),
    ...(draft.lines.size > 0 ? { lines: toRanges(bridgeBlankLines(draft.lines, page.isBlankLine ?? (() => false))) } : {}),
  };
  return {
    data: {
      title: title?.trim() ? title : '无题',
      titleOrigin,
      ...optional('kicker', t.kicker),
      ...optional('subtitle', t.subtitle),
      ...optional('series', t.series),
      ...(byline.length > 0 ? { byline } : {}),
      ...(date ? { date, dateOrigin: page.pageDate ? ('printed' as const) : ('sidecar' as const) } : {}),
      source,
      ...(page.sidecar.place ? { place: page.sidecar.place } : {}),
      parks: [],
      companies: [],
      ...(captions.length > 0 ? { captions } : {}),
      position,
    },
    body,
  };
}
