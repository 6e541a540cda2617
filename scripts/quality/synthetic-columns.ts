// Interleaved pages made from clean text, to measure the de-interleaver on more than the one real
// page a hand transcription exists for. Clean paragraphs are set in justified columns (first lines
// indented two ems, punctuation written half-width as the OCR writes it), and the columns are read
// row by row across the page, the way the OCR read 002's narrow columns: a row gives one printed
// line of each column that has one there, and a run of rows becomes one OCR line, its printed lines
// separated by spaces. The reading order is known, so the result can be scored exactly.
import { fragmentWidth } from '../ingest/columns/fragment-width.ts';

/** Full-width marks the OCR writes half-width (see 002's raw text). */
const OCR_MARKS: Record<string, string> = { '，': ',', '：': ':', '；': ';', '（': '(', '）': ')', '“': '"', '”': '"', '！': '!', '？': '?' };
/** Marks a line never starts with: the typesetter squeezes them onto the line before. */
const NO_LINE_START = /^[,，。.、;；:：!！?？)）》」』”"]/u;

export const asOcrWrites = (text: string): string => Array.from(text, (ch) => OCR_MARKS[ch] ?? ch).join('');

/** A deterministic pseudo-random source (mulberry32), so every run builds the same pages. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Paragraphs set in a column `width` ems wide: the printed lines, first lines indented. */
export function typesetColumn(paragraphs: readonly string[], width: number): string[] {
  const lines: string[] = [];
  for (const paragraph of paragraphs) {
    const chars = Array.from(paragraph);
    let line = '';
    let room = width - 2;
    for (let i = 0; i < chars.length; i++) {
      const ch = chars[i]!;
      if (line !== '' && fragmentWidth(line + ch) > room && !NO_LINE_START.test(ch)) {
        lines.push(line);
        line = '';
        room = width;
      }
      line += ch;
    }
    if (line !== '') lines.push(line);
  }
  return lines;
}

export interface SyntheticPage {
  /** The page as the OCR would give it. */
  raw: string;
  /** The printed lines in reading order (each column top to bottom, left column first). */
  reading: string[];
}

/**
 * Columns of printed lines read row by row: column k starts `offsets[k - 1]` rows below the first;
 * each row gives the columns' lines left to right, and each OCR line takes the next run of rows
 * (`rowsPerLine`, used in turn). Printed lines for which `apart(row, column)` holds are read out of
 * the row, into an OCR line of their own after the run (as 002's OCR did with some lines).
 */
export function readRowByRow(
  columns: ReadonlyArray<readonly string[]>,
  offsets: readonly number[],
  rowsPerLine: readonly number[],
  apart: (row: number, column: number) => boolean = () => false,
): SyntheticPage {
  const starts = [0, ...offsets];
  const rows = Math.max(...columns.map((lines, k) => lines.length + (starts[k] ?? 0)));
  const ocrLines: string[] = [];
  for (let row = 0, n = 0; row < rows; n++) {
    const take = Math.max(1, rowsPerLine[n % rowsPerLine.length] ?? 1);
    const pieces: string[] = [];
    const strays: string[] = [];
    for (let r = row; r < Math.min(rows, row + take); r++) {
      columns.forEach((lines, k) => {
        const line = lines[r - (starts[k] ?? 0)];
        if (line !== undefined) (apart(r, k) ? strays : pieces).push(line);
      });
    }
    ocrLines.push(pieces.join(' '), strays.join(' '));
    row += take;
  }
  return { raw: ocrLines.filter(Boolean).join('\n\n'), reading: columns.flat() };
}

/**
 * Pages from the given articles' paragraphs: each page one article's text (enough for two or three
 * columns) cut into columns, varying column width, column offsets and OCR line lengths by `seed`.
 */
export function syntheticPages(articles: ReadonlyArray<readonly string[]>, count: number, seed = 1): SyntheticPage[] {
  const random = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const usable = articles.filter((a) => a.join('').length >= 300);
  const pages: SyntheticPage[] = [];
  for (let p = 0; p < count && usable.length > 0; p++) {
    const paragraphs = pick(usable).map(asOcrWrites);
    const columnCount = random() < 0.75 ? 2 : 3;
    // A stretch of the article, split into columns at paragraph boundaries or mid-paragraph.
    const from = Math.floor(random() * Math.max(1, paragraphs.length - 4));
    const text = paragraphs.slice(from, from + 3 + Math.floor(random() * 4));
    const width = pick([13, 15, 16, 17]);
    const lines = typesetColumn(text, width);
    const perColumn = Math.max(4, Math.min(24, Math.ceil(lines.length / columnCount)));
    // Columns cut the set text at line boundaries: a column's first line may continue a sentence.
    const columns: string[][] = [];
    for (let k = 0; k < columnCount && k * perColumn < lines.length; k++) columns.push(lines.slice(k * perColumn, (k + 1) * perColumn));
    const offsets = columns.slice(1).map(() => Math.floor(random() * 4));
    const rowsPerLine = Array.from({ length: 6 }, () => 2 + Math.floor(random() * 10));
    // Now and then a printed line is read out of its row (one page in three has such lines).
    const strayRate = random() < 1 / 3 ? 0.08 : 0;
    const strays = new Set<string>();
    columns.forEach((lines, k) => lines.forEach((_, r) => random() < strayRate && strays.add(`${r + (offsets[k - 1] ?? 0)}:${k}`)));
    pages.push(readRowByRow(columns, offsets, rowsPerLine, (row, column) => strays.has(`${row}:${column}`)));
  }
  return pages;
}
