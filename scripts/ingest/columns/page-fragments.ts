// A mixed page's printed lines (fragments) in OCR order, and the first reading of them: the
// OCR's own links between neighbours, except inside lines that mix columns, where the streams
// found for the line or its stretch (mixed-lines.ts) link each column's lines instead.
import type { LineKind } from '../read-page/line-kind.ts';
import type { PageLine } from '../read-page/page-lines.ts';
import { MIN_SEARCHED } from './knobs.ts';
import type { MixedLines } from './mixed-lines.ts';

export interface Fragment {
  text: string;
  /** Index of the OCR line it came from. */
  line: number;
  /** Width of the column the fragment was printed in, where its line shows it. */
  column: number | undefined;
}

export interface PageFragments {
  fragments: Fragment[];
  /** Index of each line's first fragment (lines that are not text have none). */
  firstOf: number[];
  /** The fragment the OCR put after each one (undefined across a heading, a byline or an article's start). */
  asRead: Array<number | undefined>;
  /** The first reading's links: the OCR's, except where streams link a mixed line's columns. */
  ocrNext: Array<number | undefined>;
  /** Links the stream searches made. */
  streamLinks: Array<[number, number]>;
  /** The OCR's links inside lines that looked mixed on weak evidence, where the streams the line
   * looked to hold agree with them (kept, but less firmly than a line read as one column). */
  weakLinks: Set<number>;
}

export function pageFragments(lines: readonly PageLine[], kinds: readonly LineKind[], region: readonly number[], found: MixedLines): PageFragments {
  const fragments: Fragment[] = [];
  const firstOf: number[] = [];
  const lineLinks: Array<[number, number]> = [];
  const weakLinks = new Set<number>();
  lines.forEach((line, i) => {
    firstOf.push(fragments.length);
    if (kinds[i] !== 'text') return;
    const cut = found.cuts[i];
    const texts = cut?.fragments ?? [line.text.trim()];
    const base = fragments.length;
    // Only a line of several printed lines shows its column's width (one may be a paragraph's last).
    const column = texts.length >= MIN_SEARCHED ? cut?.full : undefined;
    for (const text of texts) fragments.push({ text, line: i, column });
    for (const stream of found.mixedAlone.get(i) ?? []) stream.slice(1).forEach((f, k) => lineLinks.push([base + stream[k]!, base + f]));
    for (const stream of found.weakStreams.get(i) ?? []) stream.slice(1).forEach((f, k) => f === stream[k]! + 1 && weakLinks.add(base + stream[k]!));
  });
  firstOf.push(fragments.length);
  const asRead = fragments.map((f, k) => (k + 1 < fragments.length && region[f.line] === region[fragments[k + 1]!.line] && !barrierBetween(kinds, f.line, fragments[k + 1]!.line) ? k + 1 : undefined));
  const ocrNext = [...asRead];
  const lastOf = (i: number) => firstOf[i + 1]! - 1;
  // Inside a mixed line the next fragment is another column's: only the streams' links count,
  // and the line's last fragment keeps its link to the next line.
  for (const i of found.mixed) {
    for (let k = firstOf[i]!; k < lastOf(i); k++) ocrNext[k] = undefined;
  }
  const runLinks: Array<[number, number]> = [];
  for (const run of found.runs) {
    const ks = run.lines.flatMap((i) => Array.from({ length: lastOf(i) - firstOf[i]! + 1 }, (_, n) => firstOf[i]! + n));
    for (const k of ks) ocrNext[k] = undefined;
    for (const stream of run.streams) stream.slice(1).forEach((f, n) => runLinks.push([ks[stream[n]!]!, ks[f]!]));
  }
  return { fragments, firstOf, asRead, ocrNext, streamLinks: [...lineLinks, ...runLinks], weakLinks };
}

/** A heading or byline between two lines: the OCR's order does not run across it. */
function barrierBetween(kinds: readonly LineKind[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (kinds[i] === 'heading' || kinds[i] === 'byline') return true;
  return false;
}
