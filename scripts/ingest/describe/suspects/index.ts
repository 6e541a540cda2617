// The suspect finder's entry point for the ingest: one page's articles (after the sidecar's
// corrections, so a misread already corrected is not suspected again) → the suspects, each at the
// raw line it stands on. Without the language model there are none, and a note says why.
import { glyphs } from '../../../../src/core/language-model/glyphs.ts';
import { languageModel } from '../../../../src/core/language-model/load.ts';
import type { ArticleRecord } from '../../article-record.ts';
import { nodeText } from '../../split/draft.ts';
import { findSuspects, type Suspect } from './find-suspects.ts';

export type { Suspect } from './find-suspects.ts';

export interface PageSuspects {
  suspects: Suspect[];
  /** Why none were looked for, when they were not. */
  note?: string;
}

export function pageSuspects(file: string, articles: readonly ArticleRecord[], rawText: string): PageSuspects {
  const status = languageModel();
  if (!status.available) return { suspects: [], note: `suspected misreads not looked for: ${status.reason}` };
  const rawLines = rawText.split('\n');
  const paragraphs = articles.flatMap((a) => {
    const lines = articleLines(a.data.source?.lines, rawLines.length);
    return a.body.map(nodeText).map((text) => ({ line: lineOf(rawLines, lines, text.slice(0, 8)), text }));
  });
  // What an editor corrected is not suspected again.
  const vouched = articles.flatMap((a) => (a.data.corrections ?? []).map((c) => c.to).filter(Boolean));
  const suspects = findSuspects(file, paragraphs, { model: status.model, glyphs: glyphs() }, vouched);
  // Each suspect at the raw line that holds it, where one does (it may run over a line break).
  return { suspects: suspects.map((s) => ({ ...s, line: lineOf(rawLines, rangeFrom(s.line, rawLines.length), s.found) || s.line })) };
}

/** The raw lines an article came from ("5-11, 13"), or all of them. */
export function articleLines(ranges: string | undefined, count: number): number[] {
  if (!ranges) return rangeFrom(1, count);
  return ranges.split(', ').flatMap((r) => {
    const [from, to = from] = r.split('-').map(Number);
    return rangeFrom(from!, to!);
  });
}

const rangeFrom = (from: number, to: number): number[] => Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);

/** The first of `lines` (1-based) whose text, spaces left out, holds `text`'s Han characters; 0 if none. */
export function lineOf(rawLines: readonly string[], lines: readonly number[], text: string): number {
  const key = text.replace(/[^\p{Script=Han}]/gu, '');
  if (!key) return lines[0] ?? 0;
  return lines.find((n) => (rawLines[n - 1] ?? '').replace(/[^\p{Script=Han}]/gu, '').includes(key)) ?? 0;
}
