// The de-interleaver's tuning constants, in one place (scripts/ingest/columns/).

/** Words on each side of a join that the language model looks at. */
export const MODEL_SIDE_WORDS = 3;
/** Nats of the language model's gain across a join per point of join score… */
export const MODEL_NATS_PER_POINT = 4;
/** …and the most and least one join's words can give. */
export const MODEL_MAX_POINTS = 2.5;
export const MODEL_MIN_POINTS = -1;

// Side-by-side columns (side-by-side.ts): OCR lines that each hold one printed line of two or
// three columns, separated by a run of spaces.
/** Consecutive rows a block of side-by-side columns needs. */
export const SIDE_MIN_ROWS = 3;
/** Share of a block's lines that must split at the column's width. */
export const SIDE_MIN_SHARE = 0.6;
/** Narrowest column (ems) and the most a piece may exceed its column. */
export const SIDE_MIN_COLUMN = 6;
export const SIDE_SLACK = 1;
/** A left piece this close under its column's width is a full printed line. */
export const SIDE_FULL_WITHIN = 2.5;
/** Spaces of a gap that says "gutter" even after a short piece (a paragraph's last line). */
export const SIDE_WIDE_GAP = 2;
/** The most ems a row may hold beyond its columns' widths (else it is more than one row). */
export const SIDE_ROW_SLACK = 3;
/** Leading spaces that put a piece in a column other than the first. */
export const SIDE_INDENT = 4;
/** Share of a block's rows whose first piece fills its column (a table's cells do not). */
export const SIDE_FULL_SHARE = 0.5;
/** The second column's width, as a share of the first's: at least and at most. */
export const SIDE_SECOND_RATIO: readonly [number, number] = [0.5, 1.6];
/** Share of a block's lines that may fit no column or hold more wide gaps than its gutters. */
export const SIDE_MAX_UNFIT = 0.2;
