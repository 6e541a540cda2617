// What the cleaner changed, as a character diff (jsdiff) between the raw lines and the clean text:
// removed spaces, line breaks and doubled headlines show as deletions, full-width punctuation as
// insertions. Text moved elsewhere (a headline printed at the page's end) shows as both.
import { diffChars } from 'diff';

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface CleaningDiff {
  parts: DiffPart[];
  added: number;
  removed: number;
}

export function cleaningDiff(raw: string, clean: string): CleaningDiff {
  const parts: DiffPart[] = diffChars(raw, clean).map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
  const count = (kind: DiffPart['kind']) => parts.filter((p) => p.kind === kind).reduce((n, p) => n + Array.from(p.text.replace(/\n/g, '')).length, 0);
  return { parts, added: count('added'), removed: count('removed') };
}
