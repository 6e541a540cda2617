// One OCR line that holds several printed lines (separated by spaces, sometimes run together) cut
// back into those printed lines. The printed lines of one column are nearly equally wide, so the
// line's typical piece width is the column width: short pieces next to each other are one printed
// line that the OCR cut at a space (`中心, 打造…`), and a piece about twice that wide is two printed
// lines the OCR ran together.
import { fragmentWidth } from './fragment-width.ts';
import { CUT_MERGE_SLACK, CUT_MIN_COLUMN, CUT_MIN_FRAGMENTS, CUT_RUN_TOGETHER } from './knobs.ts';

/** Marks no printed line starts with (they stay at the end of the line before). */
const NO_LINE_START = /^[,，。.、;；:：!！?？)）》」』”]/u;

export interface CutLine {
  fragments: string[];
  /** The column width the fragments were cut to (ems). */
  column: number;
  /** What a full printed line of the column measures: the upper quartile of the fragments' widths
   * (a line with many marks measures wider, and a paragraph's first and last lines narrower). */
  full: number;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * The printed lines in one OCR line, or undefined when the line is not a run of printed lines
 * (no spaces between pieces of a narrow column's width).
 */
export function cutFragments(line: string, minFragments = CUT_MIN_FRAGMENTS): CutLine | undefined {
  const pieces = spacedPieces(line);
  if (pieces.length < minFragments) return undefined;
  const widths = pieces.map(fragmentWidth);
  // The column is what full pieces measure; short ones are paragraph ends or cut-off words.
  const column = median(widths.filter((w) => w >= CUT_MIN_COLUMN));
  if (column < CUT_MIN_COLUMN) return undefined;

  // Rejoin pieces the OCR cut at a space inside one printed line.
  const merged: string[] = [];
  for (const piece of pieces) {
    const last = merged.at(-1);
    if (last !== undefined && fragmentWidth(last) < column - 2.5 && fragmentWidth(last) + fragmentWidth(piece) <= column + CUT_MERGE_SLACK && !endsParagraph(last)) {
      merged[merged.length - 1] = `${last} ${piece}`;
    } else merged.push(piece);
  }
  const fragments = merged.flatMap((piece) => splitRunTogether(piece, column)).flatMap((piece) => splitBeforeNumber(piece, column));
  if (fragments.length < minFragments) return undefined;
  // Mostly column-wide fragments, or this is prose with a few spaces in it.
  const full = fragments.filter((f) => Math.abs(fragmentWidth(f) - column) <= 2.5).length;
  if (full < fragments.length / 2) return undefined;
  const sorted = fragments.map(fragmentWidth).sort((a, b) => a - b);
  return { fragments, column, full: sorted[Math.floor((sorted.length * 3) / 4)]! };
}

/**
 * The line cut at its spaces. OCR puts spaces around a run of half-width digits or Latin inside a
 * printed line (`召开 2023 年`, `孵化核 51 家`, `项目 42个`): such a run stays with the text on both
 * sides. After a punctuation mark, a number that runs on into the text (`…态势。 1.58%，新医药`) may
 * start the next printed line, and so does one after a digit (no space falls inside a number): the
 * space is cut like any other.
 */
export function spacedPieces(line: string): string[] {
  const out: string[] = [];
  for (const m of line.trim().matchAll(/(\s*)(\S+)/gu)) {
    const [, gap, token] = m as unknown as [string, string, string];
    const last = out.at(-1);
    const beside = last !== undefined && (/[A-Za-z0-9]$/u.test(last) || /^[A-Za-z0-9]/u.test(token));
    // No space falls inside a number: one between digits parts two printed lines (`约20 00万元`);
    // and a wide gap is a gutter wherever it stands.
    const lineGap = gap.length > 1 || (/^[0-9]/u.test(token) && (ENDS_WITH_MARK.test(last ?? '') || /[0-9]$/u.test(last ?? '')));
    if (last !== undefined && beside && !lineGap) out[out.length - 1] = `${last} ${token}`;
    else out.push(token);
  }
  return out;
}

/** Text ending on a punctuation mark, after which a new printed line may start with a number. */
const ENDS_WITH_MARK = /[，,。、；;：:！!？?]$/u;

/** A piece that ends a sentence and is clearly short is the last line of a paragraph. */
function endsParagraph(piece: string): boolean {
  return /[。！？!?][”"’）)]*$/u.test(piece);
}

/**
 * A piece too wide for one printed line, with a space beside a number (kept by `spacedPieces`, as
 * OCR spaces numbers inside lines too: `今年6 月`), is two printed lines cut there
 * (`…同比增长2 向好发展态势。`): at the space that leaves both parts a line's width at most.
 */
export function splitBeforeNumber(piece: string, column: number): string[] {
  if (fragmentWidth(piece) <= column + CUT_MERGE_SLACK) return [piece];
  let best: [string, string] | undefined;
  for (const m of piece.matchAll(/(?<=[0-9]) | (?=[0-9])/gu)) {
    const left = piece.slice(0, m.index);
    const right = piece.slice(m.index + 1);
    if (fragmentWidth(left) > column + CUT_MERGE_SLACK || fragmentWidth(right) > column + CUT_MERGE_SLACK) continue;
    if (!best || Math.abs(fragmentWidth(left) - column) < Math.abs(fragmentWidth(best[0]) - column)) best = [left, right];
  }
  return best ?? [piece];
}

/** A piece about n column widths wide, cut into n printed lines of balanced widths. */
export function splitRunTogether(piece: string, column: number): string[] {
  const width = fragmentWidth(piece);
  const count = Math.round(width / column);
  if (width < CUT_RUN_TOGETHER * column || count < 2) return [piece];
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
