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

export interface DiffHunk {
  /** Unchanged text just before the change. */
  before: string;
  /** The change: removed and added text, with short unchanged stretches between them. */
  parts: DiffPart[];
  after: string;
}

/**
 * The changes only, each with a little unchanged text around it, neighbouring changes merged:
 * easier to read than the whole text marked up, and a fraction of its weight on the page.
 */
export function diffHunks(parts: readonly DiffPart[], context = 6): DiffHunk[] {
  const hunks: DiffHunk[] = [];
  let current: DiffHunk | undefined;
  let lastSame = '';
  parts.forEach((part, i) => {
    if (part.kind !== 'same') {
      current ??= { before: lastSame, parts: [], after: '' };
      current.parts.push(part);
      return;
    }
    const chars = Array.from(part.text);
    if (current) {
      if (chars.length <= context * 2 && i < parts.length - 1) {
        current.parts.push(part);
        return;
      }
      current.after = chars.slice(0, context).join('');
      hunks.push(current);
      current = undefined;
    }
    lastSame = chars.slice(-context).join('');
  });
  if (current) hunks.push(current);
  return hunks;
}
