// An article while it is being cut from a page.
import type { TitleParts } from './title-block.ts';

export type BodyNode = { type: 'paragraph'; text: string } | { type: 'heading'; text: string };

export interface Draft {
  title: TitleParts;
  titleOrigin: 'printed' | 'derived' | 'editor';
  body: BodyNode[];
  byline: string[];
  captions: string[];
  /** First raw line of the article, for the report. */
  firstLine: number;
  /** No more text belongs to it (a closing byline was seen). */
  closed: boolean;
  /** Raw lines it was cut from (text, headings, bylines, captions), for provenance. */
  lines: Set<number>;
}

export function newDraft(firstLine: number, title: TitleParts = {}): Draft {
  return { title, titleOrigin: 'printed', body: [], byline: [], captions: [], firstLine, closed: false, lines: new Set() };
}

export function paragraphCount(d: Draft): number {
  return d.body.filter((n) => n.type === 'paragraph').length;
}

export function plainText(d: Draft): string {
  return d.body.map((n) => n.text).join('\n');
}
