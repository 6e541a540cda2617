// Hard-wrapped newspaper columns print runs of consecutive lines of nearly the same width. For
// each line, the width of the column it sits in (in ems), or undefined where the lines are not
// hard-wrapped (one paragraph per line, as in web pages and most OCR of wide columns).
import { COLUMN } from './knobs.ts';

export function estimateColumnWidths(widths: readonly number[]): Array<number | undefined> {
  return widths.map((own, i) => {
    const from = Math.max(0, i - COLUMN.window);
    const near = widths.slice(from, i + COLUMN.window + 1);
    // Only lines of a comparable width can belong to this line's column.
    const comparable = near.filter((w) => w >= COLUMN.minWidth && w >= own / 2 && w <= own * 2);
    if (comparable.length < 4) return undefined;
    const sorted = [...comparable].sort((a, b) => a - b);
    const column = sorted[Math.min(sorted.length - 1, Math.floor(COLUMN.percentile * sorted.length))]!;
    const inBand = (w: number) => w >= column - COLUMN.bandBelow && w <= column + COLUMN.bandAbove;
    // A column shows as consecutive lines of its width, not as scattered short headings.
    let run = 0;
    let longest = 0;
    for (const w of near) {
      run = inBand(w) ? run + 1 : 0;
      longest = Math.max(longest, run);
    }
    const members = comparable.filter(inBand).length;
    // The line itself must stand in the column: near a line of the column's width.
    const besideColumn = [widths[i - 2], widths[i - 1], widths[i + 1], widths[i + 2]].some((w) => w !== undefined && inBand(w));
    return longest >= COLUMN.minRun && besideColumn && members / comparable.length >= 0.5 ? column : undefined;
  });
}
