// Which fragments of a jumbled run continue which: a beam search that deals the fragments, in OCR
// order, out to at most a few streams (the columns the OCR read together), keeping each stream in
// OCR order, and scores each arrangement by how well every fragment continues the stream it joins.
// Opening a stream costs something, so without evidence the fragments stay in one stream, in the
// order the OCR gave them.
import { endFeatures, extendEndFeatures, joinScoreOf, startFeatures, wordGain, type EndFeatures } from './join-score.ts';

export interface StreamSearchOptions {
  maxStreams?: number;
  beamWidth?: number;
  /** What opening one more stream costs: the evidence needed before a column is split off. */
  openCost?: number;
  /** What following the fragment the OCR read just before is worth: the OCR's order as a prior. */
  adjacentBonus?: number;
}

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

interface State {
  streams: number[][];
  /** The end of each stream as the next join sees it. */
  ends: EndFeatures[];
  score: number;
  evidence: number;
}

export function searchStreams(fragments: readonly string[], options: StreamSearchOptions = {}): StreamSearchResult {
  const { maxStreams = 3, beamWidth = 24, openCost = 2, adjacentBonus = 0.2 } = options;
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

  let beam: State[] = [{ streams: [[0]], ends: [extend(undefined, 0)], score: 0, evidence: 0 }];
  for (let i = 1; i < fragments.length; i++) {
    const next = new Map<string, State>();
    const offer = (state: State) => {
      // States that end every stream on the same fragments have the same future: keep the best.
      const key = state.streams.map((s) => s.at(-1)).join(',');
      const held = next.get(key);
      if (!held || held.score < state.score) next.set(key, state);
    };
    for (const state of beam) {
      state.streams.forEach((stream, s) => {
        const streams = state.streams.map((x, k) => (k === s ? [...x, i] : x));
        const ends = state.ends.map((e, k) => (k === s ? extend(e, i) : e));
        const adjacent = stream.at(-1) === i - 1 ? adjacentBonus : 0;
        const evidence = scoreOf(state.ends[s]!, stream.at(-1)!, i);
        offer({ streams, ends, score: state.score + evidence + adjacent, evidence: state.evidence + evidence });
      });
      if (state.streams.length < maxStreams) {
        offer({ streams: [...state.streams, [i]], ends: [...state.ends, extend(undefined, i)], score: state.score - openCost, evidence: state.evidence });
      }
    }
    beam = [...next.values()].sort((x, y) => y.score - x.score).slice(0, beamWidth);
  }
  const top = beam[0]!;
  return { best: { streams: top.streams, score: top.score, evidence: top.evidence }, asRead };
}
