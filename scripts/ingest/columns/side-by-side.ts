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
import { parseBylineLine } from '../read-page/bylines.ts';
import {
  SIDE_FULL_WITHIN,
  SIDE_INDENT,
  SIDE_MIN_COLUMN,
  SIDE_MIN_ROWS,
  SIDE_MIN_SHARE,
  SIDE_ROW_SLACK,
  SIDE_SECOND_RATIO,
  SIDE_SLACK,
  SIDE_FULL_SHARE,
  SIDE_MAX_UNFIT,
  SIDE_WIDE_GAP,
  SIDE_WIDE_GUTTER_SHARE,
  SIDE_HALF_VOTES,
  SPACE_WIDTH,
  SIDE_HEADLINE_ROWS,
  SIDE_HEADLINE_GAP,
  SIDE_LONE_LINES,
} from './knobs.ts';

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
  // A wide run of spaces after a short piece carries the text after it to the next column (`160家`
  // and its padding, then the next column's `首期投产`): of two equal gaps it is the gutter.
  const padsToColumn = (g: Gap) => g.spaces >= SIDE_WIDE_GAP && g.leftWidth + g.spaces * SPACE_WIDTH >= width - SIDE_FULL_WITHIN;
  for (const gap of gapsOf(text)) {
    const score = gutterScore(gap, width);
    if (score > bestScore || (score === bestScore && score > 0 && gap.leftWidth > best!.leftWidth && !padsToColumn(best!))) {
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
  const near = (w: number) => (votes.get(w) ?? 0) + 0.5 * ((votes.get(w - 1) ?? 0) + (votes.get(w + 1) ?? 0));
  let best: number | undefined;
  let bestVotes = 0;
  for (const w of votes.keys()) {
    const n = near(w);
    if (n > bestVotes || (n === bestVotes && w < best!)) {
      best = w;
      bestVotes = n;
    }
  }
  if (best === undefined) return undefined;
  // Columns of a block are equally wide: a gutter at twice a well-voted width is the second
  // gutter of three columns, and the first column is the narrow one.
  const half = Math.round(best / 2);
  const halves = [half - 1, half, half + 1].filter((w) => w >= SIDE_MIN_COLUMN && near(w) >= SIDE_HALF_VOTES * bestVotes);
  return halves.length > 0 ? halves.reduce((a, b) => (near(b) > near(a) ? b : a)) : best;
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
  // A few lines without a gap (one column's lines where the other has a blank or a headline's
  // space) may sit inside a run when rows go on under them.
  const rowsGoOn = (i: number) => {
    for (let j = i + 1; j <= i + SIDE_LONE_LINES && j <= lines.length; j++) {
      if (apart(j)) return true;
      if (ok[j]) return true;
    }
    return false;
  };
  lines.forEach((_, i) => {
    const inside = ok[i] || (run.length > 0 && !apart(i) && rowsGoOn(i));
    if (inside && (run.length === 0 || !apart(i))) run.push(i);
    else {
      if (run.length > 0) runs.push(run);
      run = inside ? [i] : [];
    }
  });
  if (run.length > 0) runs.push(run);
  return withHeadlineRowsAbove(lines, runs, usualGap);
}

/**
 * A row of two headlines set one blank line above the columns they head (`…技术中心   …成效明显`,
 * a blank, then the rows of text) belongs to the block: the space under a headline is its own,
 * not the space between blocks.
 */
function withHeadlineRowsAbove(lines: readonly PageLine[], runs: number[][], usualGap: number): number[][] {
  const out: number[][] = [];
  for (const run of runs) {
    const last = out.at(-1);
    // (The headline row may have a headline's wrapped line and a row of bylines under it.)
    const above = last !== undefined && last.length <= SIDE_HEADLINE_ROWS + 1 ? last : undefined;
    const joins =
      above !== undefined && run[0] === above.at(-1)! + 1 && lines[run[0]!]!.gapBefore <= usualGap + SIDE_HEADLINE_GAP && headlineRow(lines[above[0]!]!.text.trim().split(/\s{2,}|\u3000+/u));
    if (joins) last!.push(...run);
    else out.push(run);
  }
  return out;
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
export function splitColumns(texts: readonly string[], maxColumns = 3, firstCut = true): ColumnSplit | undefined {
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
  // A gutter is set wider than the space OCR scatters between words: a block whose rows hold
  // only single spaces is one column with stray spaces (司投资35亿元的 Micro LED显示模). A wide gap
  // anywhere in a row counts (of three columns, either gutter may be the wide one). Only for the
  // block's first cut: once the block is columns, a third may be set closer.
  const wideRows = rows.filter((c) => c.gutter >= SIDE_WIDE_GAP || gapsOf(c.rest).some((g) => g.spaces >= SIDE_WIDE_GAP)).length;
  if (firstCut && wideRows < SIDE_WIDE_GUTTER_SHARE * rows.length) return undefined;
  const rests = cuts.map((c) => c.rest);
  const restWidth = rests.reduce((m, r) => Math.max(m, fragmentWidth(r)), 0);
  const further =
    maxColumns > 2 && restWidth > width + SIDE_SLACK + SIDE_MIN_COLUMN / 2
      ? splitColumns(
          rests.map((r) => r || ''),
          maxColumns - 1,
          false,
        )
      : undefined;
  // Every row must fit its columns: a wider one is not a row of this block.
  const widest = further ? undefined : restWidth;
  if (widest !== undefined && widest > width + SIDE_ROW_SLACK + SIDE_MIN_COLUMN * 2) return undefined;
  return {
    pieces: cuts.map((c, i) => [c.left, ...(further ? further.pieces[i]! : [c.rest.trim()])]),
    doubtful: cuts.map((c, i) => c.doubtful || (further?.doubtful[i] ?? false)),
  };
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
}

/**
 * Padding that carries a piece past the next column (a row whose middle column is empty: `…万元。`,
 * thirty spaces, `层面解决。`) is kept before the rest as an indent, so that the cut of what is
 * left puts the piece in the third column, not the second.
 */
function padBeyond(left: string, gutter: number, width: number): string {
  const beyond = fragmentWidth(left) + gutter * SPACE_WIDTH - (width + SIDE_SLACK + SIDE_WIDE_GAP * SPACE_WIDTH);
  return beyond > 0 ? ' '.repeat(Math.round(beyond / SPACE_WIDTH)) : '';
}

/** One row cut into its first column's piece and the rest; a line led by spaces is not in the first. */
function splitLeading(text: string, width: number): { left: string; rest: string; doubtful: boolean; gutter: number } {
  const indent = /^\s*/u.exec(text)![0].length;
  const body = text.trim();
  if (indent >= SIDE_INDENT) return { left: '', rest: body, doubtful: false, gutter: indent };
  const cut = cutRow(body, width);
  // A line that fits one column is one printed line with a space in it, unless its gap is wide.
  const oneLine = fragmentWidth(body) <= width + SIDE_SLACK && !gapsOf(body).some((g) => g.spaces >= SIDE_WIDE_GAP);
  if (cut && !oneLine) {
    const gutter = body.length - cut[0].length - cut[1].length;
    return { left: cut[0].trim(), rest: padBeyond(cut[0], gutter, width) + cut[1].trim(), doubtful: false, gutter };
  }
  // No gutter: the row's one piece is the first column's if it fits there.
  const fits = fragmentWidth(body) <= width + SIDE_SLACK;
  return { left: body, rest: '', doubtful: !fits, gutter: 0 };
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
 * How many of a block's first rows hold its headlines: a headline row, and the next as well where
 * every piece of it is clause-less too (headlines wrapped over two lines: `…设计企业增至` / `160家`),
 * up to SIDE_HEADLINE_ROWS, and never the block's last row.
 */
export function headlineRows(pieces: readonly (readonly string[])[]): number {
  if (pieces.length < 2 || !headlineRow(pieces[0]!)) return 0;
  let rows = 1;
  // (A row of bylines under the headlines, `本报记者 罗 雪   本报记者 唐 亮`, is no headline's second line.)
  while (rows < SIDE_HEADLINE_ROWS && rows < pieces.length - 1 && clauseless(pieces[rows]!) && !bylineRow(pieces[rows]!)) rows++;
  if (rows < pieces.length - 1 && bylineRow(pieces[rows]!)) rows++;
  // The columns' text starts under them: every piece of the next row holds a clause mark (a lead,
  // `记者日前从…获悉，`, `6月28日，…`). Text lines that merely lack marks are not headlines.
  const next = pieces[rows]!.filter(Boolean);
  return next.length > 0 && next.every((p) => CLAUSE_MARK.test(p)) ? rows : 0;
}

/**
 * A headline that fills its column and goes on in the next headline row was wrapped by the column
 * (`珠海高新区集成电路设计企业增至` / `160家`): one headline. A short first line was broken on
 * purpose (a title over its subtitle) and stays two.
 */
export function joinWrappedHeadlines(pieces: readonly (readonly string[])[], headlineRows: number): string[][] {
  const out = pieces.map((row) => [...row]);
  const columns = out.reduce((m, row) => Math.max(m, row.length), 0);
  for (let c = 0; c < columns; c++) {
    const width = out.reduce((m, row) => Math.max(m, fragmentWidth(row[c] ?? '')), 0);
    for (let r = headlineRows - 2; r >= 0; r--) {
      const line = out[r]![c] ?? '';
      const more = out[r + 1]![c] ?? '';
      if (!line || !more || fragmentWidth(line) < width - SIDE_FULL_WITHIN || parseBylineLine(more)) continue;
      out[r]![c] = line + more;
      out[r + 1]![c] = '';
    }
  }
  return out;
}

const CLAUSE_MARK = /[，,。；;：:！!？?、]/u;

function bylineRow(row: readonly string[]): boolean {
  const filled = row.filter(Boolean);
  return filled.length >= 1 && filled.every((p) => parseBylineLine(p) !== undefined);
}

function clauseless(row: readonly string[]): boolean {
  const filled = row.filter(Boolean);
  return filled.length >= 1 && filled.every((p) => !CLAUSE_MARK.test(p));
}

/**
 * A clause-less line set right above a block, wider than the block's first column, is the headline
 * the block's columns run under (`…获评省级知识产权示范园区` over three columns), not the start of
 * its first column's text.
 */
export function spansBlock(text: string, split: ColumnSplit): boolean {
  const line = text.trim();
  if (!line || /[，,。；;：:！!？?、]/u.test(line)) return false;
  const firstColumn = split.pieces.reduce((m, p) => Math.max(m, fragmentWidth(p[0] ?? '')), 0);
  return fragmentWidth(line) > firstColumn + SIDE_SLACK;
}

/**
 * Lines in reading order: each block of side-by-side columns given back column by column, every
 * other line as it was.
 */
/**
 * The lines right under a block (no blank line between) that go on with its first column where the
 * others ended first: one piece each, no wider than that column. Their indexes.
 */
export function leftColumnTail(lines: readonly PageLine[], from: number, split: ColumnSplit): number[] {
  const left = split.pieces.map((p) => p[0] ?? '').filter(Boolean);
  if (left.length === 0) return [];
  const width = Math.max(...left.map(fragmentWidth));
  const out: number[] = [];
  for (let i = from; i < lines.length && lines[i]!.gapBefore === 0; i++) {
    const text = lines[i]!.text.trim();
    if (gapsOf(text).some((g) => g.spaces >= 2) || fragmentWidth(text) > width + SIDE_SLACK) break;
    out.push(i);
  }
  return out;
}

export function readSideBySide(lines: readonly PageLine[]): { lines: PageLine[]; placed: boolean[]; report: SideBySideReport } {
  const report: SideBySideReport = { blocks: [], doubtful: [] };
  const out: PageLine[] = [];
  // Which lines of the output a block put in column order (their order is known: nothing moves them).
  const placed: boolean[] = [];
  let next = 0;
  for (const run of candidateRuns(lines)) {
    const split = splitColumns(run.map((i) => lines[i]!.text));
    if (!split) continue;
    for (let i = next; i < run[0]!; i++) out.push(lines[i]!), placed.push(false);
    const above = run[0]! - 1 >= next ? out.length - 1 : -1;
    if (above >= 0 && spansBlock(out[above]!.text, split)) out[above] = { ...out[above]!, heading: true, gapAfter: Math.max(1, out[above]!.gapAfter) };
    const columns = split.pieces.reduce((m, p) => Math.max(m, p.length), 0);
    const headings = headlineRows(split.pieces);
    const pieces = joinWrappedHeadlines(split.pieces, headings);
    const tail = leftColumnTail(lines, run.at(-1)! + 1, split);
    for (let c = 0; c < columns; c++) {
      run.forEach((i, r) => {
        const piece = pieces[r]![c];
        if (piece) out.push({ ...lines[i]!, text: piece, gapBefore: 0, gapAfter: 0, ...(r < headings ? { heading: true } : {}) }), placed.push(true);
      });
      // The first column's lines printed on below where the others ended come before the second.
      if (c === 0) for (const i of tail) out.push({ ...lines[i]!, gapBefore: 0 }), placed.push(true);
    }
    run.forEach((i, r) => split.doubtful[r] && report.doubtful.push(lines[i]!.lineNo));
    report.blocks.push({ from: lines[run[0]!]!.lineNo, to: lines[(tail.at(-1) ?? run.at(-1))!]!.lineNo, columns });
    next = (tail.at(-1) ?? run.at(-1)!) + 1;
  }
  for (let i = next; i < lines.length; i++) out.push(lines[i]!), placed.push(false);
  return { lines: out, placed, report };
}
