// Which fragments of a jumbled run continue which: a beam search that deals the fragments, in OCR
// order, out to at most a few streams (the columns the OCR read together), keeping each stream in
// OCR order, and scores each arrangement by how well every fragment continues the stream it joins.
// Opening a stream costs something, so without evidence the fragments stay in one stream, in the
// order the OCR gave them. Once columns are mixed, the OCR's rhythm is a prior too: it read the
// page row by row, one printed line of each column in turn, so a stream's next fragment comes as
// many places on as there are columns being read (most joins have no word across them to go by:
// the rhythm carries the search over them).
import { endFeatures, extendEndFeatures, joinScoreOf, startFeatures, wordGain, type EndFeatures } from './join-score.ts';

export interface StreamSearchOptions {
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
}

/** A stream with no fragment in this many places per stream has ended (its column ran out). */
const ACTIVE_WINDOW = 3;
/** The most one fragment's place off the rhythm counts (a column may resume after a gap). */
const MAX_IRREGULARITY = 2;

export interface StreamArrangement {
  /** Fragment indices of each stream, in OCR order; streams ordered by their first fragment. */
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

/** A state and one way to place the next fragment: onto stream `stream`, or a new one (-1). */
interface Move {
  state: State;
  stream: number;
  key: string;
  score: number;
  evidence: number;
}

interface State {
  /** The last fragment of each stream (linked back through the stream), in order of opening. */
  tails: Tail[];
  /** The end of each stream as the next join sees it. */
  ends: EndFeatures[];
  score: number;
  evidence: number;
}

export function searchStreams(fragments: readonly string[], options: StreamSearchOptions = {}): StreamSearchResult {
  const { maxStreams = 3, beamWidth = 24, openCost = 2, adjacentBonus = 0.2, rowPenalty = 0.6, runOn = 0 } = options;
  const starts = fragments.map(startFeatures);
  const ownEnds = fragments.map(endFeatures);
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
  // The whole stream so far is the context: brackets and quotation marks pair up over long spans.
  const extend = (before: EndFeatures | undefined, i: number) => extendEndFeatures(before, fragments[i]!, ownEnds[i]);

  let asReadEnd: EndFeatures | undefined;
  let asReadEvidence = 0;
  fragments.forEach((_, i) => {
    if (asReadEnd) asReadEvidence += scoreOf(asReadEnd, i - 1, i);
    asReadEnd = extend(asReadEnd, i);
  });
  const asRead: StreamArrangement = {
    streams: [fragments.map((_, i) => i)],
    score: asReadEvidence + adjacentBonus * Math.max(0, fragments.length - 1),
    evidence: asReadEvidence,
  };
  if (fragments.length === 0) return { best: { streams: [], score: 0, evidence: 0 }, asRead };

  // Streams are kept as linked tails (shared between states), so a long run costs no copying.
  let beam: State[] = [{ tails: [{ index: 0, prev: undefined }], ends: [extend(undefined, 0)], score: 0, evidence: 0 }];
  for (let i = 1; i < fragments.length; i++) {
    // Moves are weighed first and only the ones kept are built (extending a stream's end costs).
    const next = new Map<string, Move>();
    const offer = (move: Move) => {
      // States that end every stream on the same fragments have the same future: keep the best.
      const held = next.get(move.key);
      if (!held || held.score < move.score) next.set(move.key, move);
    };
    for (const state of beam) {
      // Columns read row by row: each active stream (one that had a fragment lately) gives one
      // printed line per row, so a stream's next fragment comes as many places on as there are
      // active streams. A single column read straight has the OCR's order as its prior.
      const window = ACTIVE_WINDOW * state.tails.length;
      let active = 0;
      for (const t of state.tails) if (i - t.index <= window) active++;
      state.tails.forEach((tail, s) => {
        const gap = i - tail.index;
        const expected = Math.max(1, active + (gap > window ? 1 : 0));
        const prior = expected === 1 ? (gap === 1 ? adjacentBonus : 0) : -rowPenalty * Math.min(MAX_IRREGULARITY, Math.abs(gap - expected));
        const evidence = scoreOf(state.ends[s]!, tail.index, i);
        const key = state.tails.map((t, k) => (k === s ? i : t.index)).join(',');
        offer({ state, stream: s, key, score: state.score + evidence + prior, evidence: state.evidence + evidence });
      });
      if (state.tails.length < maxStreams) {
        offer({ state, stream: -1, key: `${state.tails.map((t) => t.index).join(',')},${i}`, score: state.score - openCost, evidence: state.evidence });
      }
    }
    beam = [...next.values()]
      .sort((x, y) => y.score - x.score)
      .slice(0, beamWidth)
      .map(({ state, stream: s, score, evidence }): State =>
        s < 0
          ? { tails: [...state.tails, { index: i, prev: undefined }], ends: [...state.ends, extend(undefined, i)], score, evidence }
          : {
              tails: state.tails.map((t, k) => (k === s ? { index: i, prev: t } : t)),
              ends: state.ends.map((e, k) => (k === s ? extend(e, i) : e)),
              score,
              evidence,
            },
      );
  }
  const streamsOf = (state: State) =>
    state.tails.map((tail) => {
      const stream: number[] = [];
      for (let t: Tail | undefined = tail; t; t = t.prev) stream.push(t.index);
      return stream.reverse();
    });
  // One column's last line may run on into the next column's first: where the text says so, an
  // arrangement whose streams join up that way is the likelier.
  const finals = beam.map((state) => {
    const streams = streamsOf(state);
    let bonus = 0;
    for (let k = 1; k < streams.length; k++) {
      bonus += Math.max(0, scoreOf(state.ends[k - 1]!, streams[k - 1]!.at(-1)!, streams[k]![0]!));
    }
    return { state, streams, score: state.score + runOn * bonus };
  });
  finals.sort((x, y) => y.score - x.score);
  const { state, streams, score } = finals[0]!;
  return { best: { streams, score, evidence: state.evidence }, asRead };
}
