// Geometry of a column chart (counts over time): columns of stacked segments on a shared count
// axis, labels under the columns where they fit. Pure: the Astro component draws what this returns.
import { BAR_PLOT_HEIGHT, CHART_WIDTHS, FONT_SIZE, LINE_HEIGHT, type ChartVariant } from './knobs.ts';
import { textWidthEm } from './text-width.ts';

export interface Column {
  /** What a reader hovering the column is told, e.g. 2023年6月：2 篇. */
  title: string;
  /** Counts stacked from the bottom (e.g. dated to the month, then dated only to the year). */
  segments: number[];
  /** A label under the column, if it should have one (drawn only where it does not collide). */
  tick?: string | undefined;
}

export interface ColumnRect {
  x: number;
  y: number;
  width: number;
  height: number;
  segment: number;
  title: string;
}

export interface ColumnChartLayout {
  width: number;
  height: number;
  plot: { left: number; top: number; right: number; bottom: number };
  rects: ColumnRect[];
  yTicks: { y: number; label: string }[];
  xLabels: { x: number; label: string }[];
}

/** Axis steps of 1, 2 or 5 times a power of ten, at most four of them up to the largest count. */
export function countTicks(max: number): number[] {
  let step = 1;
  for (let power = 1; max / step > 4; power *= 10) step = [1, 2, 5].map((m) => m * power).find((s) => max / s <= 4) ?? 10 * power;
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let t = 0; t <= top; t += step) ticks.push(t);
  return ticks;
}

export function layoutColumns(columns: readonly Column[], variant: ChartVariant): ColumnChartLayout {
  const width = CHART_WIDTHS[variant];
  const max = Math.max(0, ...columns.map((c) => c.segments.reduce((a, b) => a + b, 0)));
  const ticks = countTicks(max);
  const top = ticks.at(-1)!;
  const left = Math.ceil(Math.max(...ticks.map((t) => textWidthEm(String(t)))) * FONT_SIZE) + 8;
  const plot = { left, top: Math.ceil(LINE_HEIGHT / 2), right: width - 4, bottom: Math.ceil(LINE_HEIGHT / 2) + BAR_PLOT_HEIGHT[variant] };
  const scale = (n: number) => ((plot.bottom - plot.top) * n) / top;
  const band = (plot.right - plot.left) / Math.max(1, columns.length);
  const barWidth = Math.max(1, band * (band > 6 ? 0.75 : 0.85));
  const rects: ColumnRect[] = [];
  const xLabels: { x: number; label: string }[] = [];
  let labelEnd = -Infinity;
  columns.forEach((column, i) => {
    const x = plot.left + i * band + (band - barWidth) / 2;
    let base = plot.bottom;
    column.segments.forEach((count, segment) => {
      if (count <= 0) return;
      const h = scale(count);
      rects.push({ x: round(x), y: round(base - h), width: round(barWidth), height: round(h), segment, title: column.title });
      base -= h;
    });
    if (column.tick) {
      const half = (textWidthEm(column.tick) * FONT_SIZE) / 2;
      // Under its column, moved inward at the plot's edges (clear of the count axis's labels); drawn where it clears the last one drawn.
      const center = Math.min(width - half, Math.max(plot.left + half, plot.left + (i + 0.5) * band));
      if (center - half > labelEnd + 4) {
        xLabels.push({ x: round(center), label: column.tick });
        labelEnd = center + half;
      }
    }
  });
  const yTicks = ticks.map((t) => ({ y: round(plot.bottom - scale(t)), label: String(t) }));
  return { width, height: plot.bottom + LINE_HEIGHT + 6, plot, rects, yTicks, xLabels };
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
