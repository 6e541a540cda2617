// Which fragments of a jumbled run continue which: a beam search that deals the fragments, in OCR
// order, out to at most a few streams (the columns the OCR read together), and scores each
// arrangement by how well every fragment continues the stream it joins. Opening a stream costs
// something, so without evidence the fragments stay in one stream, in the order the OCR gave them.
// Once columns are mixed, the OCR's rhythm is a prior too: it read the page row by row, one
// printed line of each column in turn, so a stream's next fragment comes as many places on as
// there are columns being read (most joins have no word across them to go by: the rhythm carries
// the search over them). A printed line the OCR read out of its row (a stray, given later) may go
// back into its stream a few places before the stream's end, where the text says it belongs.
import { endFeatures, extendEndFeatures, joinModel, joinScoreOf, startFeatures, wordGain, type EndFeatures } from './join-score.ts';
import {
  STRAY_COST,
  STRAY_DEPTH,
  STREAM_ACTIVE_WINDOW,
  STREAM_ADJACENT_BONUS,
  STREAM_BEAM,
  STREAM_MAX,
  STREAM_MAX_IRREGULARITY,
  STREAM_OPEN_COST,
  STREAM_OPEN_COST_UNIGRAM,
  STREAM_ROW_PENALTY,
} from './knobs.ts';

export interface StreamSearchOptions {
  /** The width of the column each fragment was printed in, where known. */
  columns?: ReadonlyArray<number | undefined>;
  maxStreams?: number;
  beamWidth?: number;
  /** What opening one more stream costs: the evidence needed before a column is split off. */
  openCost?: number;
  /** What following the fragment the OCR read just before is worth: the OCR's order as a prior. */
  adjacentBonus?: number;
  /** What each place a stream's next fragment is off the row-by-row rhythm costs. */
  rowPenalty?: number;
  /** Weight of the evidence that a stream's last fragment runs on into the next stream's first. */
  runOn?: number;
  /** Fragments that may be put back before their stream's end (those of lines that look read
   * out of their rows); by default none. */
  loose?: ReadonlyArray<boolean>;
  /** What putting a fragment back before its stream's end costs, and how far back it may go. */
  strayCost?: number;
  strayDepth?: number;
}

export interface StreamArrangement {
  /** Fragment indices of each stream, in reading order; streams ordered by their first fragment. */
  streams: number[][];
  score: number;
  /** The part of the score that is the text's own evidence (no bonuses, no costs). */
  evidence: number;
}

export interface StreamSearchResult {
  best: StreamArrangement;
  /** All fragments in one stream, as the OCR read them. */
  asRead: StreamArrangement;
}

interface Tail {
  index: number;
  prev: Tail | undefined;
}

interface State {
  /** The last fragment of each stream (linked back through the stream), in order of opening. */
  tails: Tail[];
  /** The end of each stream as the next join sees it. */
  ends: EndFeatures[];
  score: number;
  evidence: number;
}

/** One way to place the next fragment: after a stream's end, as a new stream, or back inside a stream. */
type Placement = { kind: 'append'; stream: number } | { kind: 'open' } | { kind: 'insert'; stream: number; depth: number };

interface Move {
  state: State;
  placement: Placement;
  key: string;
  score: number;
  evidence: number;
}

interface Search {
  fragments: readonly string[];
  options: Required<Omit<StreamSearchOptions, 'columns' | 'loose'>>;
  loose: (i: number) => boolean;
  /** The evidence that fragment `i` continues a stream ending (as `before` sees it) on fragment `last`. */
  scoreOf: (before: EndFeatures, last: number, i: number) => number;
  ownEnd: (i: number) => EndFeatures;
  extend: (before: EndFeatures | undefined, i: number) => EndFeatures;
}

export function searchStreams(fragments: readonly string[], options: StreamSearchOptions = {}): StreamSearchResult {
  const search = searchContext(fragments, options);
  const asRead = readStraight(search);
  if (fragments.length === 0) return { best: { streams: [], score: 0, evidence: 0 }, asRead };
  // Streams are kept as linked tails (shared between states), so a long run costs no copying.
  let beam: State[] = [{ tails: [{ index: 0, prev: undefined }], ends: [search.extend(undefined, 0)], score: 0, evidence: 0 }];
  for (let i = 1; i < fragments.length; i++) beam = step(search, beam, i);
  return { best: bestFinal(search, beam), asRead };
}

function searchContext(fragments: readonly string[], options: StreamSearchOptions): Search {
  const { columns, loose, ...rest } = options;
  const starts = fragments.map((f, i) => startFeatures(f, columns?.[i]));
  const ownEnds = fragments.map((f, i) => endFeatures(f, columns?.[i]));
  // The words across a join depend on the two fragments only: weighed once per pair.
  const gains = new Map<number, number>();
  const scoreOf = (before: EndFeatures, last: number, i: number) => {
    const key = last * fragments.length + i;
    let gain = gains.get(key);
    if (gain === undefined) {
      gain = wordGain(ownEnds[last]!, starts[i]!);
      gains.set(key, gain);
    }
    return joinScoreOf(before, starts[i]!, gain);
  };
  return {
    fragments,
    options: {
      maxStreams: STREAM_MAX, beamWidth: STREAM_BEAM, openCost: joinModel() ? STREAM_OPEN_COST : STREAM_OPEN_COST_UNIGRAM, adjacentBonus: STREAM_ADJACENT_BONUS,
      rowPenalty: STREAM_ROW_PENALTY, runOn: 0, strayCost: STRAY_COST, strayDepth: STRAY_DEPTH, ...rest,
    },
    loose: (i) => loose?.[i] === true,
    scoreOf,
    ownEnd: (i) => ownEnds[i]!,
    // The whole stream so far is the context: brackets and quotation marks pair up over long spans.
    extend: (before, i) => extendEndFeatures(before, fragments[i]!, ownEnds[i]!),
  };
}

/** All fragments in one stream, in the OCR's order. */
function readStraight(search: Search): StreamArrangement {
  let end: EndFeatures | undefined;
  let evidence = 0;
  search.fragments.forEach((_, i) => {
    if (end) evidence += search.scoreOf(end, i - 1, i);
    end = search.extend(end, i);
  });
  const joins = Math.max(0, search.fragments.length - 1);
  return { streams: [search.fragments.map((_, i) => i)], score: evidence + search.options.adjacentBonus * joins, evidence };
}

/** The beam after placing fragment `i` every way each state allows. */
function step(search: Search, beam: readonly State[], i: number): State[] {
  // Moves are weighed first and only the ones kept are built (extending a stream's end costs).
  const moves = new Map<string, Move>();
  const offer = (move: Move) => {
    // States that end every stream on the same fragments have the same future: keep the best.
    const held = moves.get(move.key);
    if (!held || held.score < move.score) moves.set(move.key, move);
  };
  for (const state of beam) {
    offerAppends(search, state, i, offer);
    if (state.tails.length < search.options.maxStreams) {
      const key = `${state.tails.map((t) => t.index).join(',')},${i}`;
      offer({ state, placement: { kind: 'open' }, key, score: state.score - search.options.openCost, evidence: state.evidence });
    }
    if (search.loose(i)) offerInserts(search, state, i, offer);
  }
  return [...moves.values()]
    .sort((x, y) => y.score - x.score)
    .slice(0, search.options.beamWidth)
    .map((move) => build(search, move, i));
}

/**
 * Fragment `i` after each stream's end. Columns read row by row: each active stream (one that had
 * a fragment lately) gives one printed line per row, so a stream's next fragment comes as many
 * places on as there are active streams. A single column read straight has the OCR's order as its prior.
 */
function offerAppends(search: Search, state: State, i: number, offer: (move: Move) => void): void {
  const { adjacentBonus, rowPenalty } = search.options;
  const window = STREAM_ACTIVE_WINDOW * state.tails.length;
  let active = 0;
  for (const t of state.tails) if (i - t.index <= window) active++;
  state.tails.forEach((tail, s) => {
    const gap = i - tail.index;
    const expected = Math.max(1, active + (gap > window ? 1 : 0));
    const prior = expected === 1 ? (gap === 1 ? adjacentBonus : 0) : -rowPenalty * Math.min(STREAM_MAX_IRREGULARITY, Math.abs(gap - expected));
    const evidence = search.scoreOf(state.ends[s]!, tail.index, i);
    const key = state.tails.map((t, k) => (k === s ? i : t.index)).join(',');
    offer({ state, placement: { kind: 'append', stream: s }, key, score: state.score + evidence + prior, evidence: state.evidence + evidence });
  });
}

/**
 * Fragment `i` put back inside a stream, between two of its last fragments (or before its first):
 * a printed line the OCR read out of its row. The stream's end, and so its rhythm, stay as they were.
 */
function offerInserts(search: Search, state: State, i: number, offer: (move: Move) => void): void {
  const { scoreOf, ownEnd } = search;
  const key = state.tails.map((t) => t.index).join(',');
  state.tails.forEach((tail, s) => {
    let after: Tail | undefined = tail;
    for (let depth = 1; depth <= search.options.strayDepth && after; depth++) {
      const before: Tail | undefined = after.prev;
      // The join before → after is replaced by before → i → after.
      const change = scoreOf(ownEnd(i), i, after.index) + (before ? scoreOf(ownEnd(before.index), before.index, i) - scoreOf(ownEnd(before.index), before.index, after.index) : 0);
      // Where the stream skipped a row there, the line that was missing is found: the rhythm's cost is repaid.
      const fills = before !== undefined && after.index - before.index > state.tails.length ? search.options.rowPenalty : 0;
      offer({ state, placement: { kind: 'insert', stream: s, depth }, key, score: state.score + change + fills - search.options.strayCost, evidence: state.evidence + change });
      after = before;
    }
  });
}

function build(search: Search, { state, placement, score, evidence }: Move, i: number): State {
  if (placement.kind === 'open') return { tails: [...state.tails, { index: i, prev: undefined }], ends: [...state.ends, search.extend(undefined, i)], score, evidence };
  const s = placement.stream;
  if (placement.kind === 'insert') return { tails: state.tails.map((t, k) => (k === s ? insertInto(t, placement.depth, i) : t)), ends: state.ends, score, evidence };
  return {
    tails: state.tails.map((t, k) => (k === s ? { index: i, prev: t } : t)),
    ends: state.ends.map((e, k) => (k === s ? search.extend(e, i) : e)),
    score,
    evidence,
  };
}

/** The stream ending on `tail` with fragment `i` put before its last `depth` fragments. */
export function insertInto(tail: Tail, depth: number, i: number): Tail {
  const kept: number[] = [];
  let at: Tail | undefined = tail;
  for (let k = 0; k < depth && at; k++, at = at.prev) kept.push(at.index);
  let rebuilt: Tail = { index: i, prev: at };
  for (let k = kept.length - 1; k >= 0; k--) rebuilt = { index: kept[k]!, prev: rebuilt };
  return rebuilt;
}

const streamOf = (tail: Tail): number[] => {
  const stream: number[] = [];
  for (let t: Tail | undefined = tail; t; t = t.prev) stream.push(t.index);
  return stream.reverse();
};

/**
 * The best arrangement at the end. One column's last line runs on into the next column's first
 * (the text flows from column to column): that join counts too.
 */
function bestFinal(search: Search, beam: readonly State[]): StreamArrangement {
  const finals = beam.map((state) => {
    const streams = state.tails.map(streamOf);
    let runOn = 0;
    for (let k = 1; k < streams.length; k++) runOn += Math.max(0, search.scoreOf(state.ends[k - 1]!, streams[k - 1]!.at(-1)!, streams[k]![0]!));
    return { state, streams, score: state.score + search.options.runOn * runOn };
  });
  finals.sort((x, y) => y.score - x.score);
  const { state, streams, score } = finals[0]!;
  // Streams in the order of their first fragment in the OCR's order (a stray may now come first).
  const sorted = [...streams].sort((a, b) => Math.min(...a) - Math.min(...b));
  return { streams: sorted, score, evidence: state.evidence };
}
