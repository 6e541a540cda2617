// What an article page's provenance shows (src/components/Provenance.astro): the raw OCR lines the
// article came from and the cleaning diff between them and the text as published (headings,
// byline, body and captions, in the order the cleaner read them).
import { readableText } from '../core/readable-text.ts';
import type { Article } from '../schema/article.ts';
import { cleaningDiff, type CleaningDiff } from './cleaning-diff.ts';
import { rawLinesFor, type RawLine } from './raw-source.ts';

export interface ProvenanceDiff {
  /** The raw lines; undefined if the article names none or its raw file is gone. */
  raw?: RawLine[];
  diff?: CleaningDiff;
}

export function provenanceDiff(data: Article, body: string): ProvenanceDiff {
  const file = data.source?.file;
  const raw = file && data.source?.lines ? rawLinesFor(file, data.source.lines) : undefined;
  if (!raw) return {};
  const cleanText = [data.series, data.kicker, data.title, data.subtitle, ...(data.byline ?? []), readableText(body), ...(data.captions ?? [])].filter(Boolean).join('').replace(/\n/g, '');
  return { raw, diff: cleaningDiff(raw.map((l) => l.text).join(''), cleanText, data.script === 'hant') };
}
