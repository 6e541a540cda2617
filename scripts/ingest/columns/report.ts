// What the columns step did on a page, for the ingest report, the articles' `jumbledLines` and
// the quality measures.
import type { SideBySideReport } from './side-by-side.ts';

export interface DeinterleaveReport {
  /** Lines whose printed lines came from more than one column. */
  mixedLines: number[];
  /** Lines that looked mixed, on evidence too weak to act on: kept in OCR order. */
  weakLines: number[];
  /** Lines whose printed lines the page's reading placed, or left, on thin evidence: their order may be wrong. */
  doubtfulLines: number[];
  /** Joins made that the OCR did not make: [end of one fragment, start of the next]. */
  newJoins: Array<[string, string]>;
  /** Joins kept as the OCR made them. */
  keptJoins: number;
  /** Every join between printed lines on the page, after and before the step (for measuring). */
  joins: Array<[string, string]>;
  ocrJoins: Array<[string, string]>;
  /** Lines whose column's end the OCR lost, marked 〔下缺〕 where the text stops. */
  lostEnds: number[];
  /** Blocks of side-by-side columns put in column order (side-by-side.ts). */
  sideBySide: SideBySideReport['blocks'];
  /** What the step could not do on this page, for the ingest report. */
  notes: string[];
}

export function emptyReport(): DeinterleaveReport {
  return { mixedLines: [], weakLines: [], doubtfulLines: [], newJoins: [], keptJoins: 0, joins: [], ocrJoins: [], sideBySide: [], lostEnds: [], notes: [] };
}
