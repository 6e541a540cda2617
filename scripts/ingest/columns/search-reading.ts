// The page-level search for a reading: given a first reading of an article's stretch of page (the
// OCR's order, with the columns the stream search found put one after the other), find the reading
// whose every join reads best. A reading is scored whole: the sum, over each pair of neighbours,
// of how well the second continues the first (`join`), and at each barrier (a heading, a byline,
// the article's start and end) how well the text stops before it and starts after it. The search
// is a local search that moves blocks of consecutive printed lines to another place (the Or-opt
// move of the travelling-salesman literature, without reversal: text is never read backwards),
// taking the move that gains most, until none gains `minGain`: any link made earlier can be undone
// by a later move. Where no move gains that much the first reading stands.
import { READING_BLOCK_MAX, READING_CANDIDATES, READING_MAX_MOVES } from './knobs.ts';

/** One place in a reading: a printed line (a fragment to move), a barrier, or a line that is read past. */
export type Slot = { kind: 'text'; fragment: number } | { kind: 'barrier'; line: number } | { kind: 'skip'; line: number };

export interface ReadingScores {
  /** The evidence that speaks for b after a in particular (a word across the join, a bracket
   * closed), as opposed to what fits many joins alike (a paragraph after a sentence's end). */
  support(a: number, b: number): number;
  /** How well fragment `b` reads straight after fragment `a` (−Infinity: never). */
  join(a: number, b: number): number;
  /** How well fragment `b` reads as the first text after a barrier. */
  opens(b: number): number;
  /** How well fragment `a` reads as the last text before a barrier. */
  closes(a: number): number;
}

export interface ReadingOptions {
  /** The least a move must gain to be made: below it the reading stands (unsure). */
  minGain: number;
  /** The least a move must gain for its lines' order to be sure (default: `minGain`). */
  sureGain?: number;
  /** The evidence one of a move's new joins must have on its own (the text must speak for a move,
   * not only against where a block stands: a column's lost end reads badly wherever it goes). */
  minEvidence?: number;
  /** The longest block moved at once. */
  blockMax?: number;
  /** How many best predecessors and successors of a block's ends are tried as its new place. */
  candidates?: number;
  /** The most moves made (a guard; the search stops well before on real pages). */
  maxMoves?: number;
}

export interface ReadingResult {
  slots: Slot[];
  /** The reading's score before and after the search. */
  before: number;
  after: number;
  moves: number;
  /** Printed lines whose place is in doubt: a move the text spoke for gained too little to be sure of. */
  unsure: number[];
}

/** The neighbours a join is scored between: text or barrier; `undefined` is the reading's edge. */
type Scored = number | 'barrier';

/** The score of a whole reading (sum over its joins, barriers at both ends). */
export function readingScore(slots: readonly Slot[], scores: ReadingScores): number {
  let total = 0;
  let before: Scored = 'barrier';
  for (const slot of slots) {
    if (slot.kind === 'skip') continue;
    const here: Scored = slot.kind === 'text' ? slot.fragment : 'barrier';
    total += pairScore(before, here, scores);
    before = here;
  }
  return total + pairScore(before, 'barrier', scores);
}

function pairScore(a: Scored, b: Scored, scores: ReadingScores): number {
  if (a === 'barrier') return b === 'barrier' ? 0 : scores.opens(b);
  return b === 'barrier' ? scores.closes(a) : scores.join(a, b);
}

export function searchReading(first: readonly Slot[], scores: ReadingScores, options: ReadingOptions): ReadingResult {
  const { minGain, sureGain = minGain, minEvidence = -Infinity, blockMax = READING_BLOCK_MAX, candidates = READING_CANDIDATES, maxMoves = READING_MAX_MOVES } = options;
  let slots = [...first];
  const before = readingScore(slots, scores);
  const texts = slots.flatMap((s) => (s.kind === 'text' ? [s.fragment] : []));
  const search: Search = { scores, near: nearestNeighbours(texts, scores, candidates), blockMax, minEvidence };
  const unsure = new Set<number>();
  let moves = 0;
  for (; moves < maxMoves; moves++) {
    const move = bestMove(slots, search);
    // A move the text speaks for, but too weakly to make, or made on thin evidence: its lines may be out of order.
    if (move && move.gain > 0 && move.gain < sureGain) for (const f of touchedBy(slots, move)) unsure.add(f);
    if (!move || move.gain < minGain) break;
    slots = applyMove(slots, move);
  }
  return { slots, before, after: readingScore(slots, scores), moves, unsure: [...unsure].sort((a, b) => a - b) };
}

/** The printed lines a move takes and the ones it would stand between, before and after. */
function touchedBy(slots: readonly Slot[], move: Move): number[] {
  const at = (i: number) => (i >= 0 && i < slots.length && slots[i]!.kind === 'text' ? [fragmentAt(slots, i)] : []);
  const block = slots.slice(move.from, move.to + 1).flatMap((_, k) => at(move.from + k));
  return [...block, ...at(scoredBefore(slots, move.from).at), ...at(scoredAfter(slots, move.to).at), ...at(move.after), ...at(move.after + 1)];
}

interface Search {
  scores: ReadingScores;
  near: Neighbours;
  blockMax: number;
  minEvidence: number;
}

interface Neighbours {
  /** For each fragment, the fragments that read best before it… */
  before: Map<number, number[]>;
  /** …and after it. */
  after: Map<number, number[]>;
}

/** Each fragment's best-scoring neighbours: the only places a block is tried (keeps the search near-linear). */
function nearestNeighbours(texts: readonly number[], scores: ReadingScores, count: number): Neighbours {
  // Every pair is scored once, into a table both directions read (this runs over every pair of
  // an article's printed lines: no allocation per pair).
  const n = texts.length;
  const table = new Float64Array(n * n);
  for (let i = 0; i < n; i++) for (let j = 0; j < n; j++) table[i * n + j] = i === j ? -Infinity : scores.join(texts[i]!, texts[j]!);
  const before = new Map<number, number[]>();
  const after = new Map<number, number[]>();
  for (let k = 0; k < n; k++) {
    before.set(
      texts[k]!,
      bestOf(n, (i) => table[i * n + k]!, count).map((i) => texts[i]!),
    );
    after.set(
      texts[k]!,
      bestOf(n, (j) => table[k * n + j]!, count).map((j) => texts[j]!),
    );
  }
  return { before, after };
}

/** The indices (of 0…n−1) with the `count` highest finite scores, highest first (ties: lowest index first). */
function bestOf(n: number, score: (i: number) => number, count: number): number[] {
  const kept: number[] = [];
  const keptScores: number[] = [];
  for (let i = 0; i < n; i++) {
    const s = score(i);
    if (!Number.isFinite(s) || (kept.length === count && s <= keptScores[count - 1]!)) continue;
    let at = kept.length;
    while (at > 0 && keptScores[at - 1]! < s) at--;
    kept.splice(at, 0, i);
    keptScores.splice(at, 0, s);
    if (kept.length > count) {
      kept.pop();
      keptScores.pop();
    }
  }
  return kept;
}

export interface Move {
  /** The block: slots from..to (inclusive), all text. */
  from: number;
  to: number;
  /** The block goes right after slot `after` (−1: at the very start). */
  after: number;
  gain: number;
}

/** The move that gains most, over every block of up to `blockMax` printed lines. */
function bestMove(slots: readonly Slot[], search: Search): Move | undefined {
  const position = new Map<number, number>();
  slots.forEach((s, i) => s.kind === 'text' && position.set(s.fragment, i));
  let best: Move | undefined;
  for (let from = 0; from < slots.length; from++) {
    for (let to = from; to < slots.length && to - from < search.blockMax && slots[to]!.kind === 'text'; to++) {
      const move = bestPlaceFor(slots, from, to, search, position);
      if (move && (!best || move.gain > best.gain)) best = move;
    }
  }
  return best;
}

const fragmentAt = (slots: readonly Slot[], i: number): number => (slots[i] as { fragment: number }).fragment;

/** The scored neighbour before slot `i` (skipping lines read past), as its index and value. */
function scoredBefore(slots: readonly Slot[], i: number): { at: number; value: Scored } {
  for (let j = i - 1; j >= 0; j--) {
    const s = slots[j]!;
    if (s.kind !== 'skip') return { at: j, value: s.kind === 'text' ? s.fragment : 'barrier' };
  }
  return { at: -1, value: 'barrier' };
}

function scoredAfter(slots: readonly Slot[], i: number): { at: number; value: Scored } {
  for (let j = i + 1; j < slots.length; j++) {
    const s = slots[j]!;
    if (s.kind !== 'skip') return { at: j, value: s.kind === 'text' ? s.fragment : 'barrier' };
  }
  return { at: slots.length, value: 'barrier' };
}

/** The best new place for the block from..to, by its ends' nearest neighbours. */
function bestPlaceFor(slots: readonly Slot[], from: number, to: number, search: Search, position: ReadonlyMap<number, number>): Move | undefined {
  const { scores, near, minEvidence } = search;
  const head = fragmentAt(slots, from);
  const tail = fragmentAt(slots, to);
  const p = scoredBefore(slots, from);
  const s = scoredAfter(slots, to);
  const taken = pairScore(p.value, s.value, scores) - pairScore(p.value, head, scores) - pairScore(tail, s.value, scores);
  // Places: after one of the head's best predecessors, or before one of the tail's best successors.
  const places = new Set<number>();
  for (const a of near.before.get(head) ?? []) places.add(position.get(a)!);
  for (const b of near.after.get(tail) ?? []) places.add(scoredBefore(slots, position.get(b)!).at);
  let best: Move | undefined;
  for (const after of places) {
    if (after >= from - 1 && after <= to) continue;
    if (after >= 0 && slots[after]!.kind === 'skip') continue;
    const x: Scored = after < 0 ? 'barrier' : slots[after]!.kind === 'text' ? fragmentAt(slots, after) : 'barrier';
    const y = nextScoredOutside(slots, after, from, to);
    // The text must speak for the move: more of its particular evidence at the new joins than at the old.
    const spoken =
      supportOf(scores, x, head) + supportOf(scores, tail, y) + supportOf(scores, p.value, s.value) - supportOf(scores, p.value, head) - supportOf(scores, tail, s.value) - supportOf(scores, x, y);
    if (spoken < minEvidence) continue;
    const gain = taken + pairScore(x, head, scores) + pairScore(tail, y, scores) - pairScore(x, y, scores);
    if (!best || gain > best.gain) best = { from, to, after, gain };
  }
  return best;
}

const supportOf = (scores: ReadingScores, a: Scored, b: Scored): number => (a === 'barrier' || b === 'barrier' ? 0 : scores.support(a, b));

/** The scored slot after `after`, not counting the block being moved. */
function nextScoredOutside(slots: readonly Slot[], after: number, from: number, to: number): Scored {
  for (let j = after + 1; j < slots.length; j++) {
    if (j >= from && j <= to) continue;
    const s = slots[j]!;
    if (s.kind !== 'skip') return s.kind === 'text' ? s.fragment : 'barrier';
  }
  return 'barrier';
}

export function applyMove(slots: readonly Slot[], move: Move): Slot[] {
  const block = slots.slice(move.from, move.to + 1);
  const rest = [...slots.slice(0, move.from), ...slots.slice(move.to + 1)];
  const at = move.after < move.from ? move.after + 1 : move.after - block.length + 1;
  return [...rest.slice(0, at), ...block, ...rest.slice(at)];
}
