// A small table the OCR spelled out as text: one line per row, cells set apart by runs of
// spaces, full-width digits. Rows are found by their cells; a row with fewer cells right under
// one (a cell that wrapped onto a second printed line) is read by where its cells start on the
// line and joined to the cells above it.
import { printedWidth } from '../char-classes.ts';
import { SPLIT } from './knobs.ts';
import { tableCells } from './line-forms.ts';

export interface Table {
  rows: string[][];
  /** Index of each line of the table in the input. */
  from: number;
  to: number;
}

interface Cell {
  text: string;
  /** Where the cell starts on the line, in half-ems. */
  at: number;
}

function cellsAt(line: string): Cell[] {
  const out: Cell[] = [];
  const re = /\S+(?:\s\S+)*/gu;
  for (const m of line.matchAll(re)) {
    // A single space inside a cell (`表1 2022年`) does not split it; wide gaps do.
    for (const piece of m[0].split(/\s{2,}|\u3000+/u)) {
      const offset = m.index + m[0].indexOf(piece);
      out.push({ text: piece, at: Math.round(2 * printedWidth(line.slice(0, offset).replace(/ /gu, 'x'))) });
    }
  }
  return out;
}

const hasNumber = (cells: readonly string[]) => cells.some((c) => /[\d０-９]/u.test(c));

/** Joins a wrapped row's cells to the row above, column by column (nearest start). */
function joinContinuation(row: string[], starts: readonly number[], line: string): void {
  for (const cell of cellsAt(line)) {
    let col = 0;
    starts.forEach((s, k) => {
      if (Math.abs(s - cell.at) < Math.abs(starts[col]! - cell.at)) col = k;
    });
    row[col] = `${row[col] ?? ''}${cell.text}`;
  }
}

/** The tables among the lines: at least two rows that hold numbers, with the header above them. */
export function findTables(printed: readonly string[]): Table[] {
  // Rules the OCR read as bars (`│`) stand where a wide gap would: one character for one.
  const lines = printed.map((l) => l.replace(/[│┃|｜]/gu, ' '));
  const tables: Table[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = tableCells(lines[i]!);
    if (!head) continue;
    const starts = cellsAt(lines[i]!).map((c) => c.at);
    const rows = [head];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const cells = tableCells(lines[j]!);
      if (cells && cells.length === head.length) {
        rows.push(cells);
        continue;
      }
      // A wrapped row: fewer cells, one of them under a later column of the row above.
      const pieces = cellsAt(lines[j]!);
      const wrapped = !cells && pieces.length > 0 && pieces.length < head.length && pieces.some((c) => c.at >= starts[1]! - 2);
      // …or the last row's first cell ending on a line of its own under it (`货物进出口总` / `额`).
      const firstCellEnd =
        !cells &&
        pieces.length === 1 &&
        pieces[0]!.at <= starts[0]! + 2 &&
        !/[\d０-９]/u.test(pieces[0]!.text) &&
        printedWidth(pieces[0]!.text) <= SPLIT.maxCellTail &&
        !tableCells(lines[j + 1] ?? '');
      if (!wrapped && !firstCellEnd) break;
      joinContinuation(rows.at(-1)!, starts, lines[j]!);
    }
    if (rows.filter(hasNumber).length >= SPLIT.minTableRows) {
      tables.push({ rows, from: i, to: j - 1 });
      i = j - 1;
    }
  }
  return tables;
}
