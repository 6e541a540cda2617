// An article while it is being cut from a page.
import type { TitleParts } from './headline-roles.ts';

export type BodyNode = { type: 'paragraph'; text: string } | { type: 'heading'; text: string } | { type: 'list'; items: string[] } | { type: 'table'; rows: string[][] };

export interface Draft {
  title: TitleParts;
  titleOrigin: 'printed' | 'derived' | 'editor';
  body: BodyNode[];
  byline: string[];
  captions: string[];
  /** First raw line of the article, for the report. */
  firstLine: number;
  /** No more text belongs to it (a closing byline was seen, or it jumped to another page). */
  closed: boolean;
  /** It jumped to another page (`（下转第4版）`) and waits for its continuation. */
  suspended?: boolean;
  /** Raw lines it was cut from (text, headings, bylines, captions), for provenance. */
  lines: Set<number>;
}

export function newDraft(firstLine: number, title: TitleParts = {}): Draft {
  return { title, titleOrigin: 'printed', body: [], byline: [], captions: [], firstLine, closed: false, lines: new Set() };
}

export function paragraphCount(d: Draft): number {
  return d.body.filter((n) => n.type !== 'heading').length;
}

export function nodeText(n: BodyNode): string {
  switch (n.type) {
    case 'list':
      return n.items.join('\n');
    case 'table':
      return n.rows.map((r) => r.join(' ')).join('\n');
    default:
      return n.text;
  }
}

export function plainText(d: Draft): string {
  return d.body.map(nodeText).join('\n');
}
