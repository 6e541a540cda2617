// Which OCR lines of a page hold printed lines of more than one column, and how each column runs
// through them: each line cut into printed lines (cut-fragments.ts), each line of three or more
// searched for streams (stream-search.ts), then each stretch of such lines as a whole
// (search-stretches.ts), so a column is followed from one OCR line into the next.
import type { LineKind } from '../read-page/line-kind.ts';
import type { PageLine } from '../read-page/page-lines.ts';
import { cutFragments, type CutLine } from './cut-fragments.ts';
import { fragmentWidth } from './fragment-width.ts';
import { COLUMN_SEARCH, MIN_SEARCHED, MIXED_MARGIN, ONE_LINE_SLACK, TRUSTED_EVIDENCE } from './knobs.ts';
import { searchStretches, type StretchResult } from './search-stretches.ts';
import { searchStreams, type StreamSearchResult } from './stream-search.ts';

export interface MixedLines {
  /** Each text line's printed lines, where it holds several (undefined: one printed line). */
  cuts: Array<CutLine | undefined>;
  /** Lines (indices) whose printed lines come from more than one column. */
  mixed: Set<number>;
  /** Mixed lines whose own streams stand (no stretch's search took them over). */
  mixedAlone: Map<number, number[][]>;
  /** Lines of several printed lines the search read as one column… */
  oneColumn: Set<number>;
  /** …and those whose own order the text confirms, join after join. */
  trusted: Set<number>;
  /** Lines that looked mixed on evidence too weak to act on, with the streams they looked to hold. */
  weak: Set<number>;
  weakStreams: Map<number, number[][]>;
  /** Stretches whose streams are acted on. */
  runs: StretchResult['runs'];
}

export function findMixedLines(lines: readonly PageLine[], kinds: readonly string[], region: readonly number[]): MixedLines {
  const cuts = lines.map((line, i) => (kinds[i] === 'text' ? cutFragments(line.text, 2) : undefined));
  const searches = cuts.map((cut) => (cut && cut.fragments.length >= MIN_SEARCHED ? searchStreams(cut.fragments, { columns: cut.fragments.map(() => cut.full) }) : undefined));
  const result: MixedLines = { cuts, mixed: new Set(), mixedAlone: new Map(), oneColumn: new Set(), trusted: new Set(), weak: new Set(), weakStreams: new Map(), runs: [] };
  searches.forEach((search, i) => classifySearch(search, i, cuts[i]?.fragments.length ?? 0, result));
  dropOneLinePairs(cuts, region);
  const stretches = searchStretches(
    lines.map((line, i) => ({
      pieces: cuts[i]?.fragments ?? [line.text.trim()],
      column: (cuts[i]?.fragments.length ?? 0) >= MIN_SEARCHED ? cuts[i]!.full : undefined,
      isText: kinds[i] === ('text' satisfies LineKind),
      region: region[i]!,
    })),
    MIXED_MARGIN,
  );
  result.runs = stretches.runs;
  for (const i of stretches.split) result.mixed.add(i);
  // A stretch's streams replace the lines' own.
  for (const run of stretches.runs) for (const i of run.lines) result.mixedAlone.delete(i);
  for (const i of stretches.weak) result.weak.add(i);
  for (const i of [...result.mixed, ...result.weak]) result.oneColumn.delete(i);
  for (const i of result.mixed) result.weak.delete(i);
  return result;
}

/** One line's own search: mixed, trusted (one column, confirmed by the text) or weak. */
function classifySearch(search: StreamSearchResult | undefined, i: number, pieces: number, into: MixedLines): void {
  if (!search) return;
  const { best, asRead } = search;
  if (best.streams.length < 2) {
    into.oneColumn.add(i);
    if (asRead.evidence / (pieces - 1) >= TRUSTED_EVIDENCE) into.trusted.add(i);
  } else if (best.score - asRead.score < MIXED_MARGIN) {
    into.weak.add(i);
    into.weakStreams.set(i, best.streams);
  } else {
    into.mixed.add(i);
    into.mixedAlone.set(i, best.streams);
  }
}

/**
 * A line of two pieces is two printed lines only if together they are wider than a line of the
 * nearest column in its article (`六是完善金融支持体系, 打造徐州` is one line, a space after its comma).
 */
function dropOneLinePairs(cuts: Array<CutLine | undefined>, region: readonly number[]): void {
  const columnNear = (i: number): number | undefined => {
    for (let d = 1; d <= COLUMN_SEARCH; d++) {
      for (const j of [i - d, i + d]) {
        const cut = cuts[j];
        if (cut && cut.fragments.length >= MIN_SEARCHED && region[j] === region[i]) return cut.column;
      }
    }
    return undefined;
  };
  cuts.forEach((cut, i) => {
    if (!cut || cut.fragments.length !== 2) return;
    const column = columnNear(i);
    if (column !== undefined && cut.fragments.reduce((w, f) => w + fragmentWidth(f), 0) <= column + ONE_LINE_SLACK) cuts[i] = undefined;
  });
}
