// What each line of a mixed page is, for the de-interleaver: text to reorder, or a heading,
// byline or caption that stays where it is; and which article on the page each line is in.
import { endsSentence } from '../char-classes.ts';
import { lineKind, type LineKind } from '../read-page/line-kind.ts';
import type { PageLine } from '../read-page/page-lines.ts';
import { fragmentWidth } from './fragment-width.ts';
import { STARTS_PARAGRAPH } from './join-score.ts';
import { SAME_COLUMN_WIDTH, SECTION_HEADING_MAX, SECTION_HEADING_NARROWER } from './knobs.ts';

/**
 * What each line is. A short line with no sentence mark is a heading unless it reads as the next
 * printed line of the text above (that text runs on, and the line is as wide as it); a line with
 * a comma is a section heading when it is clearly narrower than the text on both sides
 * (`“7”，即完善七个方面工作体系`).
 */
/** A table's row: three or more cells set apart by wide gaps (`规上工业总产值    亿元    2,286.5    12.3`). */
const cellsOf = (text: string) =>
  text
    .trim()
    .split(/\s{2,}|\u3000+/u)
    .filter(Boolean);
const NUMBER_CELL = /^[\d０-９.,．，%％+\-－]+$/u;

/**
 * The rows of tables: runs of lines of three or more cells, two of them or more holding a number
 * alone in a cell. Their wide gaps are a table's, not columns read together: they stay as they are.
 */
export function tableRows(texts: readonly string[]): Set<number> {
  const out = new Set<number>();
  for (let i = 0; i < texts.length; ) {
    let j = i;
    while (j < texts.length && cellsOf(texts[j]!).length >= 3) j++;
    const numbered = texts.slice(i, j).filter((t) => cellsOf(t).some((c) => NUMBER_CELL.test(c))).length;
    if (numbered >= 2) for (let k = i; k < j; k++) out.add(k);
    i = Math.max(j, i + 1);
  }
  return out;
}

export function classifyLines(lines: readonly PageLine[]): LineKind[] {
  const table = tableRows(lines.map((l) => l.text));
  const kinds = lines.map((l, i) => (table.has(i) ? 'other' : lineKind(l.text)));
  const widths = lines.map((l) => fragmentWidth(l.text));
  const texts = lines.map((l) => l.text.trim());
  const continuesAbove = (i: number) => kinds[i - 1] === 'text' && !endsSentence(texts[i - 1]!) && Math.abs(widths[i - 1]! - widths[i]!) <= SAME_COLUMN_WIDTH;
  kinds.forEach((kind, i) => {
    if (kind === 'heading' && continuesAbove(i)) kinds[i] = 'text';
  });
  const narrowerThanText = (i: number) => [i - 1, i + 1].every((j) => kinds[j] !== 'text' || widths[j]! >= widths[i]! + SECTION_HEADING_NARROWER);
  return kinds.map((kind, i) => {
    const t = texts[i]!;
    if (kind !== 'text' || /\s/u.test(t) || endsSentence(t) || STARTS_PARAGRAPH.test(t) || (t.match(/[,，]/gu) ?? []).length > 1) return kind;
    return widths[i]! < SECTION_HEADING_MAX && narrowerThanText(i) ? 'heading' : kind;
  });
}

/**
 * Which article each line belongs to, as a running number: a new one starts at a sidebar's
 * heading (`articleStarts`, by line number) or at a heading over a byline.
 */
export function articleRegions(lines: readonly PageLine[], kinds: readonly LineKind[], articleStarts: ReadonlySet<number>): number[] {
  const region: number[] = [];
  lines.forEach((line, i) => {
    const overByline = kinds[i] === 'heading' && (kinds[i + 1] === 'byline' || (kinds[i + 1] === 'heading' && kinds[i + 2] === 'byline'));
    const starts = articleStarts.has(line.lineNo) || (overByline && kinds[i - 1] !== 'heading');
    region.push((region[i - 1] ?? 0) + (starts ? 1 : 0));
  });
  return region;
}
