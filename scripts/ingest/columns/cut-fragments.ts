// One OCR line that holds several printed lines (separated by spaces, sometimes run together) cut
// back into those printed lines. The printed lines of one column are nearly equally wide, so the
// line's typical piece width is the column width: short pieces next to each other are one printed
// line that the OCR cut at a space (`中心, 打造…`), and a piece about twice that wide is two printed
// lines the OCR ran together.
import { fragmentWidth } from './fragment-width.ts';

/** Fewer pieces than this and a line is ordinary text, not a run of printed lines. */
const MIN_FRAGMENTS = 3;
/** Narrowest column worth considering (ems): below it, spaced words are not printed lines. */
const MIN_COLUMN = 6;
/** How far past the column width two pieces may go and still be one printed line. */
const MERGE_SLACK = 1.5;
/** A piece this many times the column width is printed lines run together. */
const RUN_TOGETHER = 1.7;
/** Marks no printed line starts with (they stay at the end of the line before). */
const NO_LINE_START = /^[,，。.、;；:：!！?？)）》」』”]/u;

export interface CutLine {
  fragments: string[];
  /** The column width the fragments were cut to (ems). */
  column: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * The printed lines in one OCR line, or undefined when the line is not a run of printed lines
 * (no spaces between pieces of a narrow column's width).
 */
export function cutFragments(line: string, minFragments = MIN_FRAGMENTS): CutLine | undefined {
  // OCR puts spaces around half-width digits and Latin inside a printed line (`召开 2023 年`):
  // those are not gaps between printed lines.
  const pieces = line
    .trim()
    .split(/(?<![A-Za-z0-9])\s+(?![A-Za-z0-9])/u)
    .filter(Boolean);
  if (pieces.length < minFragments) return undefined;
  const widths = pieces.map(fragmentWidth);
  // The column is what full pieces measure; short ones are paragraph ends or cut-off words.
  const column = median(widths.filter((w) => w >= MIN_COLUMN));
  if (column < MIN_COLUMN) return undefined;

  // Rejoin pieces the OCR cut at a space inside one printed line.
  const merged: string[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    if (last !== undefined && fragmentWidth(last) < column - 2.5 && fragmentWidth(last) + fragmentWidth(piece) <= column + MERGE_SLACK && !endsParagraph(last)) {
      merged[merged.length - 1] = `${last} ${piece}`;
    } else merged.push(piece);
  }
  const fragments = merged.flatMap((piece) => splitRunTogether(piece, column));
  if (fragments.length < minFragments) return undefined;
  // Mostly column-wide fragments, or this is prose with a few spaces in it.
  const full = fragments.filter((f) => Math.abs(fragmentWidth(f) - column) <= 2.5).length;
  if (full < fragments.length / 2) return undefined;
  return { fragments, column };
}

/** A piece that ends a sentence and is clearly short is the last line of a paragraph. */
function endsParagraph(piece: string): boolean {
  return /[。！？!?][”"’）)]*$/u.test(piece);
}

/** A piece about n column widths wide, cut into n printed lines of balanced widths. */
export function splitRunTogether(piece: string, column: number): string[] {
  const width = fragmentWidth(piece);
  const count = Math.round(width / column);
  if (width < RUN_TOGETHER * column || count < 2) return [piece];
  const chars = Array.from(piece);
  // Best single cut for the first printed line, then the rest recursively.
  let best = -1;
  let bestCost = Infinity;
  let w = 0;
  for (let i = 1; i < chars.length; i++) {
    w += fragmentWidth(chars[i - 1]!);
    if (NO_LINE_START.test(chars[i]!) || (/[A-Za-z0-9]/.test(chars[i - 1]!) && /[A-Za-z0-9]/.test(chars[i]!))) continue;
    const rest = width - w;
    // A printed line does not end on an opening mark: `…工作|"线上` rather than `…工作"|线上`.
    const left = chars.slice(0, i).join('');
    const opens = /[《（(“「『]$/u.test(left) || (left.endsWith('"') && (left.match(/"/gu) ?? []).length % 2 === 1);
    // A space the OCR left there (beside a number, so not split on before) is the likeliest cut.
    const atSpace = chars[i - 1] === ' ' || chars[i] === ' ';
    const cost = Math.max(Math.abs(w - column), count === 2 ? Math.abs(rest - column) : 0) + (opens ? 1.5 : 0) - (atSpace ? 1 : 0);
    if (cost < bestCost) {
      bestCost = cost;
      best = i;
    }
  }
  if (best < 0) return [piece];
  return [chars.slice(0, best).join('').trimEnd(), ...splitRunTogether(chars.slice(best).join('').trimStart(), column)];
}
