// The OCR reads rows across the columns line after line, so a column's printed lines continue
// from one OCR line into the next. A stretch of consecutive OCR lines that each hold several
// printed lines (a line of one printed line between two such counts: the OCR read it out of its
// row) is searched for streams as a whole (stream-search.ts), so each column is followed across
// the OCR's line breaks; over a stretch, one column running on into the next counts as evidence.

import { LOOSE_PIECES } from './knobs.ts';
import { searchStreams } from './stream-search.ts';

export interface StretchLine {
  /** The printed lines the OCR line holds (one for a line that is not a run of printed lines). */
  pieces: readonly string[];
  /** The width of the column its pieces were printed in, where the line shows it. */
  column?: number | undefined;
  /** Text to reorder; other lines (headings, bylines) end a stretch. */
  isText: boolean;
  /** The article on the page the line belongs to: no stretch crosses into another. */
  region: number;
}

export interface StretchResult {
  /** Stretches whose streams are strong enough to act on: line indices and streams over their pieces. */
  runs: Array<{ lines: number[]; streams: number[][] }>;
  /** Lines whose pieces went to more than one stream, in runs acted on… */
  split: number[];
  /** …and in stretches whose streams were too weak to act on. */
  weak: number[];
}

/**
 * @param margin how much the streams must beat reading the stretch straight to be acted on
 */
export function searchStretches(lines: readonly StretchLine[], margin: number): StretchResult {
  const result: StretchResult = { runs: [], split: [], weak: [] };
  // A line too short to show its column's width has its stretch's nearest.
  const columnNear = (stretch: readonly number[], i: number): number | undefined => {
    const near = [...stretch].sort((a, b) => Math.abs(a - i) - Math.abs(b - i)).find((j) => lines[j]!.column !== undefined);
    return near === undefined ? undefined : lines[near]!.column;
  };
  const pieces = (i: number) => (lines[i]?.isText ? lines[i]!.pieces.length : 0);
  // A line of fewer printed lines than both its neighbours holds lines read out of their rows.
  const isLoose = (i: number) => pieces(i) <= LOOSE_PIECES && pieces(i) < pieces(i - 1) && pieces(i) < pieces(i + 1);
  const inStretch = (i: number) => pieces(i) >= 2 || (pieces(i) === 1 && pieces(i - 1) >= 2 && pieces(i + 1) >= 2);
  for (const stretch of lineStretches(lines.length, inStretch, (i) => lines[i]!.region)) {
    if (stretch.length < 2) continue;
    const { best, asRead } = searchStreams(
      stretch.flatMap((i) => lines[i]!.pieces),
      { runOn: 1, columns: stretch.flatMap((i) => lines[i]!.pieces.map(() => columnNear(stretch, i))), loose: stretch.flatMap((i, n) => lines[i]!.pieces.map(() => n > 0 && isLoose(i))) },
    );
    if (best.streams.length < 2) continue;
    const lineOf = stretch.flatMap((i) => lines[i]!.pieces.map(() => i));
    const split = stretch.filter((i) => new Set(best.streams.flatMap((stream, s) => (stream.some((f) => lineOf[f] === i) ? [s] : []))).size > 1);
    if (best.score - asRead.score < margin) result.weak.push(...split);
    else {
      result.runs.push({ lines: stretch, streams: best.streams });
      result.split.push(...split);
    }
  }
  return result;
}

/** The maximal stretches of consecutive lines that satisfy `keep`, none crossing into another region. */
export function lineStretches(count: number, keep: (i: number) => boolean, region: (i: number) => number): number[][] {
  const out: number[][] = [];
  let current: number[] = [];
  for (let i = 0; i < count; i++) {
    if (current.length > 0 && (!keep(i) || region(i) !== region(current[0]!))) {
      out.push(current);
      current = [];
    }
    if (keep(i)) current.push(i);
  }
  if (current.length > 0) out.push(current);
  return out;
}
