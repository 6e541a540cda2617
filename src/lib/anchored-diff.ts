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
/** Multiplier of the stretches' rolling hash (FNV's 32-bit prime). */
const HASH_BASE = 0x01000193;
/** Hashes are kept to 30 bits, never negative. */
const HASH_MASK = 0x3fffffff;
/** An unused slot of the stretches' table (hashes are never negative). */
const EMPTY = -1;

export interface Change {
  kind: 'same' | 'added' | 'removed';
  text: string;
}

/** A rolling hash of each stretch of ANCHOR characters, by its start: no string made per position. */
function stretchHashes(text: string): Int32Array {
  const count = Math.max(0, text.length - ANCHOR + 1);
  const hashes = new Int32Array(count);
  if (count === 0) return hashes;
  let outgoing = 1;
  for (let k = 1; k < ANCHOR; k++) outgoing = Math.imul(outgoing, HASH_BASE);
  let h = 0;
  for (let k = 0; k < ANCHOR; k++) h = (Math.imul(h, HASH_BASE) + text.charCodeAt(k)) | 0;
  hashes[0] = h & HASH_MASK;
  for (let i = 1; i < count; i++) {
    h = (Math.imul((h - Math.imul(text.charCodeAt(i - 1), outgoing)) | 0, HASH_BASE) + text.charCodeAt(i + ANCHOR - 1)) | 0;
    hashes[i] = h & HASH_MASK;
  }
  return hashes;
}

const sameStretch = (a: string, i: number, b: string, j: number): boolean => {
  for (let k = 0; k < ANCHOR; k++) if (a.charCodeAt(i + k) !== b.charCodeAt(j + k)) return false;
  return true;
};

/**
 * Where a stretch is found once in a text; -1 where it is found twice or more. The stretches'
 * hashes sit in an open-addressed table of typed arrays: a Map took two thirds of the diff's time.
 */
class Stretches {
  readonly text: string;
  readonly hashes: Int32Array;
  /** By slot: a hash (or EMPTY), and its stretch's first start, or -(start + 1) once found again. */
  private readonly keys: Int32Array;
  private readonly starts: Int32Array;
  private readonly mask: number;
  /** Hashes two different stretches share (rare): those are looked up by their text instead. */
  private readonly shared = new Set<number>();
  private readonly exact = new Map<string, number>();

  constructor(text: string) {
    this.text = text;
    const hashes = stretchHashes(text);
    this.hashes = hashes;
    let size = 16;
    while (size < hashes.length * 2) size *= 2;
    this.keys = new Int32Array(size).fill(EMPTY);
    this.starts = new Int32Array(size);
    this.mask = size - 1;
    for (let i = 0; i < hashes.length; i++) {
      const h = hashes[i]!;
      const slot = this.slot(h);
      if (this.keys[slot] === EMPTY) {
        this.keys[slot] = h;
        this.starts[slot] = i;
        continue;
      }
      const seen = this.starts[slot]!;
      if (this.shared.has(h) || !sameStretch(text, seen < 0 ? -seen - 1 : seen, text, i)) this.shared.add(h);
      else if (seen >= 0) this.starts[slot] = -seen - 1;
    }
    if (this.shared.size === 0) return;
    for (let i = 0; i < hashes.length; i++) {
      if (!this.shared.has(hashes[i]!)) continue;
      const key = text.slice(i, i + ANCHOR);
      this.exact.set(key, this.exact.has(key) ? -1 : i);
    }
  }

  /** The table slot holding the hash, or the empty one where it would go. */
  private slot(hash: number): number {
    let s = hash & this.mask;
    while (this.keys[s] !== EMPTY && this.keys[s] !== hash) s = (s + 1) & this.mask;
    return s;
  }

  /** Is the stretch starting at `at` in this text found only there? */
  isUniqueAt(hash: number, at: number): boolean {
    if (this.shared.size > 0 && this.shared.has(hash)) return this.exact.get(this.text.slice(at, at + ANCHOR)) === at;
    return this.starts[this.slot(hash)] === at;
  }

  /** Where the stretch starting at `at` in `text` is found once in this text, or -1. */
  uniqueStart(hash: number, text: string, at: number): number {
    if (this.shared.size > 0 && this.shared.has(hash)) return this.exact.get(text.slice(at, at + ANCHOR)) ?? -1;
    const slot = this.slot(hash);
    if (this.keys[slot] === EMPTY) return -1;
    const seen = this.starts[slot]!;
    return seen >= 0 && sameStretch(this.text, seen, text, at) ? seen : -1;
  }
}

/** A gap this short with no character in common is taken as removed and added whole. */
const SHORT_GAP = 16;

const noneShared = (x: string, y: string): boolean => {
  for (let k = 0; k < y.length; k++) if (x.includes(y[k]!)) return false;
  return true;
};

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
  const inA = new Stretches(a);
  const inB = new Stretches(b);
  // Taken in order of their start in a, as longestChain wants them.
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < inA.hashes.length; i++) {
    const hash = inA.hashes[i]!;
    if (!inA.isUniqueAt(hash, i)) continue;
    const j = inB.uniqueStart(hash, a, i);
    if (j >= 0) pairs.push([i, j]);
  }
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
    // Half the gaps are a character or two swapped for others (a half-width comma for a
    // full-width one): no character in common, so the diff is the one jsdiff would give.
    if (x.length + y.length <= SHORT_GAP && noneShared(x, y)) {
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
