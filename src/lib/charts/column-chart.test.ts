import { expect, it } from 'vitest';
import { countTicks, layoutColumns } from './column-chart.ts';
import { CHART_WIDTHS } from './knobs.ts';

it('steps the count axis by 1, 2 or 5 times a power of ten', () => {
  expect(countTicks(0)).toEqual([0, 1]);
  expect(countTicks(3)).toEqual([0, 1, 2, 3]);
  expect(countTicks(6)).toEqual([0, 2, 4, 6]);
  expect(countTicks(17)).toEqual([0, 5, 10, 15, 20]);
  expect(countTicks(230)).toEqual([0, 100, 200, 300]);
});

it('stacks segments from the axis up, in proportion, and draws nothing for an empty column', () => {
  const layout = layoutColumns(
    [
      { title: 'a', segments: [2, 2] },
      { title: 'b', segments: [0, 0] },
      { title: 'c', segments: [4, 0] },
    ],
    'wide',
  );
  expect(layout.width).toBe(CHART_WIDTHS.wide);
  expect(layout.rects.map((r) => [r.title, r.segment])).toEqual([
    ['a', 0],
    ['a', 1],
    ['c', 0],
  ]);
  const [a0, a1, c0] = layout.rects;
  expect(a0!.y + a0!.height).toBeCloseTo(layout.plot.bottom);
  expect(a1!.y + a1!.height).toBeCloseTo(a0!.y);
  expect(c0!.height).toBeCloseTo(a0!.height + a1!.height);
  expect(c0!.y).toBeCloseTo(layout.plot.top);
});

it('keeps column labels from running into each other', () => {
  const columns = Array.from({ length: 60 }, (_, i) => ({ title: String(i), segments: [1], tick: `${2000 + i}` }));
  const { xLabels } = layoutColumns(columns, 'narrow');
  expect(xLabels.length).toBeGreaterThan(3);
  expect(xLabels.length).toBeLessThan(60);
  for (let i = 1; i < xLabels.length; i++) expect(xLabels[i]!.x - xLabels[i - 1]!.x).toBeGreaterThan(30);
});

it('moves a label at the chart edge inward rather than leaving it out', () => {
  const { xLabels, width, plot } = layoutColumns([{ title: 'a', segments: [1], tick: '2019.4' }, ...Array.from({ length: 59 }, () => ({ title: 'b', segments: [0] }))], 'narrow');
  expect(xLabels.map((l) => l.label)).toEqual(['2019.4']);
  // Clear of the count axis's labels, left of the plot.
  expect(xLabels[0]!.x - (6 * 0.58 * 13) / 2).toBeGreaterThanOrEqual(plot.left - 0.1);
  expect(xLabels[0]!.x).toBeLessThan(width / 4);
});
