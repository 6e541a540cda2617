// Side-by-side columns: OCR that reads a page row by row across two or three columns writes each
// row as one line, the columns' printed lines separated by a run of spaces (`…有限公司，新建 在江苏…`;
// the gap may be one space when the left line is full, and many after a paragraph's last line).
// A block of such rows is found by the column width most rows split at, each row is cut at its
// gutter, and the block is given back column after column: the first column's lines, then the
// second's (and a third's, found the same way in what the second cut left). Headlines and bylines
// of two articles that share a row are cut like text, so each heads its own column. Rows that
// cannot be cut with confidence keep their place and are reported.
import type { PageLine } from '../read-page/page-lines.ts';
import { fragmentWidth } from './fragment-width.ts';
import { SIDE_FULL_WITHIN, SIDE_INDENT, SIDE_MIN_COLUMN, SIDE_MIN_ROWS, SIDE_MIN_SHARE, SIDE_ROW_SLACK, SIDE_SECOND_RATIO, SIDE_SLACK, SIDE_FULL_SHARE, SIDE_MAX_UNFIT, SIDE_WIDE_GAP } from './knobs.ts';

export interface SideBySideReport {
  /** Blocks put in column order: first and last line numbers, and how many columns. */
  blocks: Array<{ from: number; to: number; columns: number }>;
  /** Lines in such blocks whose column could not be told with confidence. */
  doubtful: number[];
}

interface Gap {
  /** Width (ems) of the text before the gap, and the gap's length in spaces. */
  leftWidth: number;
  spaces: number;
  at: number;
  end: number;
  /** A gap beside a digit is likelier the OCR's spacing of a number than a gutter. */
  byDigit: boolean;
}

/** The runs of spaces inside a line's text (leading spaces left out). */
export function gapsOf(text: string): Gap[] {
  const gaps: Gap[] = [];
  // The width left of each gap adds up as the line is read: one pass, however many gaps (linear).
  let leftWidth = 0;
  let from = 0;
  for (const m of text.matchAll(/\s+/gu)) {
    const end = m.index + m[0].length;
    leftWidth += fragmentWidth(text.slice(from, m.index));
    if (m.index !== 0 && end !== text.length) {
      gaps.push({ leftWidth, spaces: m[0].length, at: m.index, end, byDigit: /[0-9]/u.test(text[m.index - 1]!) || /[0-9]/u.test(text[end]!) });
    }
    leftWidth += fragmentWidth(m[0]);
    from = end;
  }
  return gaps;
}

/** How much a gap looks like the gutter after a column `width` ems wide (≤ 0: not at all). */
export function gutterScore(gap: Gap, width: number): number {
  if (gap.leftWidth > width + SIDE_SLACK) return 0;
  const full = gap.leftWidth >= width - SIDE_FULL_WITHIN;
  const score = (full ? 3 : gap.spaces >= SIDE_WIDE_GAP ? 2 : 0) + (gap.spaces >= SIDE_WIDE_GAP ? 1 : 0) - (gap.byDigit && gap.spaces < SIDE_WIDE_GAP ? 2 : 0);
  return Math.max(0, score);
}

/** A row cut at its gutter after a column `width` ems wide: [left, rest], or undefined. */
export function cutRow(text: string, width: number): [string, string] | undefined {
  let best: Gap | undefined;
  let bestScore = 0;
  for (const gap of gapsOf(text)) {
    const score = gutterScore(gap, width);
    if (score > bestScore || (score === bestScore && score > 0 && gap.leftWidth > best!.leftWidth)) {
      best = gap;
      bestScore = score;
    }
  }
  return best ? [text.slice(0, best.at), text.slice(best.end)] : undefined;
}

/** The column width most of these lines split at: the commonest gutter position (ems). */
export function commonColumnWidth(texts: readonly string[]): number | undefined {
  const votes = new Map<number, number>();
  for (const text of texts) {
    const width = fragmentWidth(text);
    for (const gap of gapsOf(text)) {
      const rest = width - gap.leftWidth;
      if (gap.leftWidth < SIDE_MIN_COLUMN || rest < SIDE_MIN_COLUMN / 2 || gap.byDigit) continue;
      const w = Math.round(gap.leftWidth);
      votes.set(w, (votes.get(w) ?? 0) + (gap.spaces >= SIDE_WIDE_GAP ? 2 : 1));
    }
  }
  // A column's full lines measure within an em or so of its width: count neighbours too.
  let best: number | undefined;
  let bestVotes = 0;
  for (const w of votes.keys()) {
    const n = (votes.get(w) ?? 0) + 0.5 * ((votes.get(w - 1) ?? 0) + (votes.get(w + 1) ?? 0));
    if (n > bestVotes || (n === bestVotes && w < best!)) {
      best = w;
      bestVotes = n;
    }
  }
  return best;
}

/** Lines that cannot be a row of two columns: blank of gaps, or far wider than two columns. */
const rowCandidate = (text: string) => {
  const width = fragmentWidth(text);
  return gapsOf(text.trim()).some((g) => g.leftWidth >= 2 && width - g.leftWidth >= 2);
};

/**
 * Maximal runs of consecutive lines that could be rows (a lone line without a gap may sit inside or
 * end a run). A blank line wider than the page's usual spacing ends a run: blocks of columns are
 * set apart on the page.
 */
export function candidateRuns(lines: readonly PageLine[]): number[][] {
  const ok = lines.map((l) => rowCandidate(l.text));
  const gaps = lines.map((l) => l.gapBefore).sort((a, b) => a - b);
  const usualGap = gaps[Math.floor(gaps.length / 2)] ?? 0;
  const apart = (i: number) => i >= lines.length || lines[i]!.gapBefore > usualGap;
  const runs: number[][] = [];
  let run: number[] = [];
  lines.forEach((_, i) => {
    const inside = ok[i] || (run.length > 0 && !apart(i) && (ok[i + 1] === true || apart(i + 1)));
    if (inside && (run.length === 0 || !apart(i))) run.push(i);
    else {
      if (run.length > 0) runs.push(run);
      run = inside ? [i] : [];
    }
  });
  if (run.length > 0) runs.push(run);
  return runs;
}

export interface ColumnSplit {
  /** For each line of the block, its piece in each column ('' where the row has none). */
  pieces: string[][];
  doubtful: boolean[];
}

/**
 * Splits a block of rows into columns: the first at the commonest width, then the same on what is
 * left, for a third column. Undefined when the lines are not rows of columns.
 */
export function splitColumns(texts: readonly string[], maxColumns = 3): ColumnSplit | undefined {
  const trimmed = texts.map((t) => t.trimEnd());
  const width = commonColumnWidth(trimmed.map((t) => t.trim()));
  if (width === undefined || width < SIDE_MIN_COLUMN) return undefined;
  const cuts = trimmed.map((t) => splitLeading(t, width));
  const rows = cuts.filter((c) => c.left !== '' && c.rest !== '');
  if (rows.length < SIDE_MIN_ROWS || rows.length < SIDE_MIN_SHARE * texts.length) return undefined;
  // Columns of text: most first pieces fill the column (a table's cells do not), and the second
  // column is about as wide as the first.
  const full = rows.filter((c) => fragmentWidth(c.left) >= width - SIDE_FULL_WITHIN);
  if (full.length < SIDE_FULL_SHARE * rows.length) return undefined;
  const second = median(full.map((c) => fragmentWidth(c.rest)));
  if (second < SIDE_SECOND_RATIO[0] * width || (maxColumns <= 2 && second > SIDE_SECOND_RATIO[1] * width)) return undefined;
  // Rows that fit no column, or hold more wide gaps than the columns allow (a table), are few.
  const wideGaps = trimmed.filter((t) => gapsOf(t.trim()).filter((g) => g.spaces >= SIDE_WIDE_GAP).length > maxColumns - 1).length;
  const unfit = cuts.filter((c) => c.doubtful).length;
  if (unfit + wideGaps > SIDE_MAX_UNFIT * texts.length) return undefined;
  const rests = cuts.map((c) => c.rest);
  const restWidth = rests.reduce((m, r) => Math.max(m, fragmentWidth(r)), 0);
  const further = maxColumns > 2 && restWidth > width + SIDE_SLACK + SIDE_MIN_COLUMN / 2 ? splitColumns(rests.map((r) => r || ''), maxColumns - 1) : undefined;
  // Every row must fit its columns: a wider one is not a row of this block.
  const widest = further ? undefined : restWidth;
  if (widest !== undefined && widest > width + SIDE_ROW_SLACK + SIDE_MIN_COLUMN * 2) return undefined;
  return {
    pieces: cuts.map((c, i) => [c.left, ...(further ? further.pieces[i]! : [c.rest])]),
    doubtful: cuts.map((c, i) => c.doubtful || (further?.doubtful[i] ?? false)),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/** One row cut into its first column's piece and the rest; a line led by spaces is not in the first. */
function splitLeading(text: string, width: number): { left: string; rest: string; doubtful: boolean } {
  const indent = /^\s*/u.exec(text)![0].length;
  const body = text.trim();
  if (indent >= SIDE_INDENT) return { left: '', rest: body, doubtful: false };
  const cut = cutRow(body, width);
  // A line that fits one column is one printed line with a space in it, unless its gap is wide.
  const oneLine = fragmentWidth(body) <= width + SIDE_SLACK && !gapsOf(body).some((g) => g.spaces >= SIDE_WIDE_GAP);
  if (cut && !oneLine) return { left: cut[0].trim(), rest: cut[1].trim(), doubtful: false };
  // No gutter: the row's one piece is the first column's if it fits there.
  const fits = fragmentWidth(body) <= width + SIDE_SLACK;
  return fits ? { left: body, rest: '', doubtful: false } : { left: body, rest: '', doubtful: true };
}

/**
 * A block's first row whose pieces are all short of a clause (no sentence or clause marks) holds
 * the headlines of the articles the columns start (`…签约5个新材料项目   …“智改数转”提速`).
 */
export function headlineRow(pieces: readonly string[]): boolean {
  const filled = pieces.filter(Boolean);
  return filled.length >= 2 && filled.every((p) => !/[，,。；;：:！!？?、]/u.test(p));
}

/**
 * Lines in reading order: each block of side-by-side columns given back column by column, every
 * other line as it was.
 */
export function readSideBySide(lines: readonly PageLine[]): { lines: PageLine[]; report: SideBySideReport } {
  const report: SideBySideReport = { blocks: [], doubtful: [] };
  const out: PageLine[] = [];
  let next = 0;
  for (const run of candidateRuns(lines)) {
    const split = splitColumns(run.map((i) => lines[i]!.text));
    if (!split) continue;
    for (let i = next; i < run[0]!; i++) out.push(lines[i]!);
    const columns = split.pieces.reduce((m, p) => Math.max(m, p.length), 0);
    const headings = headlineRow(split.pieces[0]!);
    for (let c = 0; c < columns; c++) {
      run.forEach((i, r) => {
        const piece = split.pieces[r]![c];
        if (piece) out.push({ ...lines[i]!, text: piece, gapBefore: 0, gapAfter: 0, ...(r === 0 && headings ? { heading: true } : {}) });
      });
    }
    run.forEach((i, r) => split.doubtful[r] && report.doubtful.push(lines[i]!.lineNo));
    report.blocks.push({ from: lines[run[0]!]!.lineNo, to: lines[run.at(-1)!]!.lineNo, columns });
    next = run.at(-1)! + 1;
  }
  for (let i = next; i < lines.length; i++) out.push(lines[i]!);
  return { lines: out, report };
}
