// What the cleaner changed, as a character diff (jsdiff) between the raw lines and the clean text:
// removed spaces, line breaks and doubled headlines show as deletions, full-width punctuation as
// insertions. Text moved elsewhere (a headline printed at the page's end) shows as both.
//
// A plain character diff costs the text's length times the number of changes (a long article
// cleaned on every line: tens of milliseconds a page); anchored-diff.ts diffs only the gaps
// between unchanged stretches. Where a gap needs more than MAX_EDITS changes (columns the cleaner
// put back in order: text moved, not cleaned) the diff gives up (jsdiff's maxEditLength, which,
// unlike its timeout, gives the same answer on every machine) and the page says only that the
// text was reorganised, with how many characters were added and removed.
//
// A clipping printed in Traditional characters is compared, and shown, in Simplified, as its page
// shows its text: its raw lines are Traditional, its clean text on the page Simplified, and the
// script is not something the cleaner changed.
import { simplifiedChars } from '../core/script.ts';
import { anchoredDiff } from './anchored-diff.ts';

/** Changed characters between two unchanged stretches beyond which the diff is not worked out. */
export const MAX_EDITS = 200;

export interface DiffPart {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

export interface CleaningDiff {
  parts: DiffPart[];
  added: number;
  removed: number;
  /** True when the changes were too many to list: parts is empty, the counts compare characters. */
  reorganised: boolean;
}

const visibleLength = (text: string) => Array.from(text.replace(/\n/g, '')).length;

/** Characters one text has more of than the other, counted as multisets (order ignored). */
function surplus(from: string, over: string): number {
  const counts = new Map<string, number>();
  for (const ch of over.replace(/\n/g, '')) counts.set(ch, (counts.get(ch) ?? 0) - 1);
  for (const ch of from.replace(/\n/g, '')) counts.set(ch, (counts.get(ch) ?? 0) + 1);
  let n = 0;
  for (const c of counts.values()) if (c > 0) n += c;
  return n;
}

/** `traditional`: the clipping was printed in Traditional characters (front matter `script: hant`). */
export function cleaningDiff(printedRaw: string, printedClean: string, traditional = false): CleaningDiff {
  const raw = traditional ? simplifiedChars(printedRaw) : printedRaw;
  const clean = traditional ? simplifiedChars(printedClean) : printedClean;
  const parts = anchoredDiff(raw, clean, MAX_EDITS);
  if (!parts) return { parts: [], added: surplus(clean, raw), removed: surplus(raw, clean), reorganised: true };
  const count = (kind: DiffPart['kind']) => parts.filter((p) => p.kind === kind).reduce((n, p) => n + visibleLength(p.text), 0);
  return { parts, added: count('added'), removed: count('removed'), reorganised: false };
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
