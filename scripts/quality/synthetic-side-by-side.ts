// Synthetic pages of side-by-side columns (issue 14): the archive's articles set in two or three
// justified columns and read row by row, each row one OCR line, its columns' printed lines
// separated by spaces: one space after a full line (sometimes two or three), padding after a
// short one. Half the pages flow one article through the columns, half put a different article in
// each column under its own headline, the headlines sharing the first row. The reading order is
// known, so the de-interleaver's result is measured exactly (synthetic-quality.ts).
import { fragmentWidth } from '../ingest/columns/fragment-width.ts';
import { asOcrWrites, seededRandom, typesetColumn, type SyntheticPage } from './synthetic-columns.ts';

/** One row: the columns' pieces, each padded out to its column's width as the OCR pads it. */
export function sideBySideRow(pieces: ReadonlyArray<string | undefined>, widths: readonly number[], gap: (full: boolean) => number): string {
  let row = '';
  pieces.forEach((piece, k) => {
    const text = piece ?? '';
    if (k > 0) {
      const previous = pieces[k - 1] ?? '';
      const missing = Math.max(0, widths[k - 1]! - fragmentWidth(previous));
      // A full line is followed by a narrow gap; a short one by about two spaces per missing em.
      row += ' '.repeat(missing < 1 ? gap(true) : Math.round(2 * missing) + gap(false));
    }
    row += text;
  });
  return row.trimEnd();
}

export function sideBySidePages(articles: ReadonlyArray<readonly string[]>, count: number, seed = 1): SyntheticPage[] {
  const random = seededRandom(seed);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)]!;
  const usable = articles.filter((a) => a.join('').length >= 300);
  const pages: SyntheticPage[] = [];
  for (let p = 0; p < count && usable.length > 0; p++) {
    const columnCount = random() < 0.7 ? 2 : 3;
    const width = columnCount === 3 ? pick([9, 10, 11, 12]) : pick([13, 14, 15, 16, 17]);
    const widths = Array.from({ length: columnCount }, () => width - (random() < 0.3 ? 1 : 0));
    const rows = 6 + Math.floor(random() * 18);
    const perArticle = random() < 0.5;
    const columns: string[][] = [];
    if (perArticle) {
      // One article per column, each under a headline (its first words) in the first row.
      for (let k = 0; k < columnCount; k++) {
        const paragraphs = pick(usable).map(asOcrWrites);
        const headline = Array.from(paragraphs[0]!.replace(/[^\p{Script=Han}]/gu, ''))
          .slice(0, Math.max(4, widths[k]! - 3))
          .join('');
        columns.push([headline, ...typesetColumn(paragraphs, widths[k]!).slice(0, rows)]);
      }
    } else {
      const lines = typesetColumn(pick(usable).map(asOcrWrites), width);
      for (let k = 0; k < columnCount; k++) columns.push(lines.slice(k * rows, (k + 1) * rows));
    }
    const gap = (full: boolean) => (full ? (random() < 0.7 ? 1 : 2 + Math.floor(random() * 2)) : Math.floor(random() * 2));
    const height = Math.max(...columns.map((c) => c.length));
    const raw = Array.from({ length: height }, (_, r) =>
      sideBySideRow(
        columns.map((c) => c[r]),
        widths,
        gap,
      ),
    );
    pages.push({ raw: raw.join('\n'), reading: columns.flat() });
  }
  return pages;
}
