// Clippings printed in Traditional characters (`script: hant`) keep their text as printed in the
// Markdown. The main pages show them in Simplified, the twin (/zh-hant/) as printed:
//
// - the front matter's prose and the body as the rest of the site reads it (lists, feeds, entity
//   pages, the search) are turned into Simplified when the collection is loaded (content.config.ts);
// - the rendered text is turned into Simplified by rehype-printed-script.ts, and wherever the
//   twin's own conversion back to Traditional would not give the printed text (裏 read back as 裡,
//   “” where the page printed them, a word read differently), the piece carries its printed form
//   (`<span data-printed="…">`), which the twin puts back (twin-html.ts). So the twin shows the
//   text exactly as printed, at the cost of a few attributes on the page.
import { simplifiedQuotes, simplifiedWordPairs, toSimplifiedWords } from '../core/convert-script.ts';
import { toTraditional } from './to-traditional.ts';

export interface Piece {
  /** Simplified text, as the main page shows it. */
  text: string;
  /** The printed text, where the twin would not get it back from `text`. */
  printed?: string;
}

/** A Traditional text in Simplified pieces, with the printed form wherever the twin needs it. */
export function printedPieces(printed: string): Piece[] {
  const pieces: Piece[] = [];
  let run = { printed: '', text: '' };
  const flush = () => {
    if (!run.text) return;
    pieces.push(toTraditional(run.text) === run.printed ? { text: run.text } : { text: run.text, printed: run.printed });
    run = { printed: '', text: '' };
  };
  for (const [word, simplified] of simplifiedWordPairs(printed)) {
    if (toTraditional(simplified) === word) {
      run.printed += word;
      run.text += simplified;
      continue;
    }
    flush();
    pieces.push({ text: simplified, printed: word });
  }
  flush();
  return pieces;
}

/** Traditional text in Simplified, word by word, quotation marks included. */
export function toSimplified(text: string): string {
  return simplifiedQuotes(toSimplifiedWords(text));
}

const PROSE_FIELDS = ['title', 'kicker', 'subtitle', 'series', 'dateNote', 'place'] as const;
const LIST_FIELDS = ['byline', 'captions', 'parks', 'companies'] as const;

/** An article's front matter as the main pages show it: prose and names in Simplified when printed in Traditional. */
export function simplifiedFrontMatter<T extends Record<string, unknown>>(data: T): T {
  if (data.script !== 'hant') return data;
  const out: Record<string, unknown> = { ...data };
  for (const field of PROSE_FIELDS) if (typeof out[field] === 'string') out[field] = toSimplified(out[field]);
  for (const field of LIST_FIELDS) if (Array.isArray(out[field])) out[field] = (out[field] as unknown[]).map((v) => (typeof v === 'string' ? toSimplified(v) : v));
  const source = out.source as Record<string, unknown> | undefined;
  if (source) {
    out.source = { ...source };
    for (const field of ['publication', 'page']) if (typeof source[field] === 'string') (out.source as Record<string, unknown>)[field] = toSimplified(source[field]);
  }
  return out as T;
}
