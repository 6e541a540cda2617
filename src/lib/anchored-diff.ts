// A character diff that costs little on long texts with many small changes (an OCR page against
// its cleaned text: spaces gone, punctuation widened on every line). A plain character diff costs
// the texts' length times the number of changes; here stretches of ANCHOR characters found once
// in each text, in the same order in both (the longest such chain), are taken as unchanged, and
// jsdiff works out only the gaps between them, each short. What it finds is a correct diff (the
// removed and unchanged parts make the old text, the added and unchanged ones the new), nearly
// always the one a plain diff finds.
import { diffChars } from 'diff';

/** Characters an anchor spans: long enough to be found once in a text, short enough to fit between changes. */
const ANCHOR = 8;

export interface Change {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** Each stretch of ANCHOR characters found once in the text, by its position. */
function uniqueStretches(text: string): Map<string, number> {
  const seen = new Map<string, number>();
  for (let i = 0; i + ANCHOR <= text.length; i++) {
    const key = text.slice(i, i + ANCHOR);
    seen.set(key, seen.has(key) ? -1 : i);
  }
  return seen;
}

/** The longest chain of pairs increasing in both positions (pairs sorted by the first). */
function longestChain(pairs: ReadonlyArray<[number, number]>): Array<[number, number]> {
  const tails: number[] = [];
  const previous: number[] = [];
  pairs.forEach(([, j], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (pairs[tails[mid]!]![1] < j) lo = mid + 1;
      else hi = mid;
    }
    previous[k] = lo > 0 ? tails[lo - 1]! : -1;
    tails[lo] = k;
  });
  const chain: Array<[number, number]> = [];
  for (let k = tails.at(-1) ?? -1; k >= 0; k = previous[k]!) chain.push(pairs[k]!);
  return chain.reverse();
}

/** Unchanged blocks [start in a, start in b, length], in order, not overlapping. */
function anchorBlocks(a: string, b: string): Array<[number, number, number]> {
  const inA = uniqueStretches(a);
  const inB = uniqueStretches(b);
  const pairs: Array<[number, number]> = [];
  for (const [key, i] of inA) {
    const j = inB.get(key);
    if (i >= 0 && j !== undefined && j >= 0) pairs.push([i, j]);
  }
  pairs.sort((x, y) => x[0] - y[0]);
  const blocks: Array<[number, number, number]> = [];
  for (const [i, j] of longestChain(pairs)) {
    const last = blocks.at(-1);
    if (last && i - last[0] === j - last[1] && i <= last[0] + last[2]) last[2] = Math.max(last[2], i + ANCHOR - last[0]);
    else if (!last || (i >= last[0] + last[2] && j >= last[1] + last[2])) blocks.push([i, j, ANCHOR]);
  }
  return blocks;
}

/**
 * The changes from `a` to `b`, or undefined when some gap between anchors needs more than
 * `maxEdits` changed characters (the text was moved about, not just cleaned).
 */
export function anchoredDiff(a: string, b: string, maxEdits: number): Change[] | undefined {
  const out: Change[] = [];
  const push = (kind: Change['kind'], text: string) => {
    if (!text) return;
    const last = out.at(-1);
    if (last?.kind === kind) last.text += text;
    else out.push({ kind, text });
  };
  const gap = (x: string, y: string): boolean => {
    if (!x || !y) {
      push('removed', x);
      push('added', y);
      return true;
    }
    const changes = diffChars(x, y, { maxEditLength: maxEdits });
    if (!changes) return false;
    for (const c of changes) push(c.added ? 'added' : c.removed ? 'removed' : 'same', c.value);
    return true;
  };
  let atA = 0;
  let atB = 0;
  for (const [i, j, length] of anchorBlocks(a, b)) {
    if (!gap(a.slice(atA, i), b.slice(atB, j))) return undefined;
    push('same', a.slice(i, i + length));
    atA = i + length;
    atB = j + length;
  }
  return gap(a.slice(atA), b.slice(atB)) ? out : undefined;
}
