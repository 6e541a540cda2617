// Geometry of a ranked bar chart of names (the companies named with a park, and so on): on a phone
// each name above its bar, on a desktop names in a column left of the bars. Pure.
import { CHART_WIDTHS, FONT_SIZE, LINE_HEIGHT, type ChartVariant } from './knobs.ts';
import { textWidthEm, wrapLabel } from './text-width.ts';
import { wordBreaks } from './word-breaks.ts';

export interface BarRow {
  name: string;
  href: string;
  value: number;
}

export interface PlacedBar extends BarRow {
  lines: string[];
  /** Baseline of each label line. */
  lineY: number[];
  labelX: number;
  bar: { x: number; y: number; width: number; height: number };
  /** Where the count is written, just past the bar's end. */
  valueX: number;
  valueY: number;
}

const BAR_HEIGHT = 12;
const VALUE_ROOM = 34;
const WIDE_LABEL_SHARE = 0.4;
const GAP = 10;

/** What a pointer may click for a row: its label, its bar and its count. */
export function barHitBox(b: PlacedBar): { x: number; y: number; width: number; height: number } {
  const top = Math.min(b.lineY[0]! - FONT_SIZE, b.bar.y);
  const bottom = Math.max(b.lineY.at(-1)! + FONT_SIZE * 0.3, b.bar.y + b.bar.height);
  const right = Math.max(b.valueX + 2 * FONT_SIZE, b.labelX + Math.max(...b.lines.map((l) => textWidthEm(l))) * FONT_SIZE);
  return { x: 0, y: Math.round(top), width: Math.round(right), height: Math.round(bottom - top) };
}

export function layoutBars(rows: readonly BarRow[], variant: ChartVariant): { width: number; height: number; bars: PlacedBar[] } {
  const width = CHART_WIDTHS[variant];
  const stacked = variant === 'narrow';
  const labelWidth = stacked ? width : Math.round(width * WIDE_LABEL_SHARE);
  const barX = stacked ? 0 : labelWidth + GAP;
  const barRoom = width - barX - VALUE_ROOM;
  const max = Math.max(1, ...rows.map((r) => r.value));
  const baseline = FONT_SIZE * 0.8;
  let y = 0;
  const bars = rows.map((row) => {
    const lines = wrapLabel(row.name, labelWidth / FONT_SIZE - 0.5, 2, wordBreaks(row.name));
    const labelHeight = lines.length * LINE_HEIGHT;
    const rowHeight = stacked ? labelHeight + BAR_HEIGHT + 4 : Math.max(labelHeight, BAR_HEIGHT + 4);
    const barY = stacked ? y + labelHeight + 2 : y + (rowHeight - BAR_HEIGHT) / 2;
    const barWidth = Math.max(2, Math.round((barRoom * row.value) / max));
    const placed: PlacedBar = {
      ...row,
      lines,
      // Stacked: lines from the row's top. Beside: the lines centred on the bar (0.35 em below the middle is the middle of a Chinese line).
      lineY: lines.map((_, i) => (stacked ? y + i * LINE_HEIGHT + baseline : y + rowHeight / 2 - ((lines.length - 1) * LINE_HEIGHT) / 2 + i * LINE_HEIGHT + FONT_SIZE * 0.35)),
      labelX: 0,
      bar: { x: barX, y: barY, width: barWidth, height: BAR_HEIGHT },
      valueX: barX + barWidth + 4,
      valueY: barY + BAR_HEIGHT / 2 + FONT_SIZE * 0.35,
    };
    y += rowHeight + GAP;
    return placed;
  });
  return { width, height: Math.max(1, y - GAP + 2), bars };
}
