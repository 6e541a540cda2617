import { expect, it } from 'vitest';
import { layoutBars } from './bar-list.ts';
import { CHART_WIDTHS } from './knobs.ts';

const rows = [
  { name: '甲公司', href: '/a/', value: 4 },
  { name: '乙公司', href: '/b/', value: 1 },
];

it('draws bars in proportion to the counts, the largest filling the room', () => {
  for (const variant of ['narrow', 'wide'] as const) {
    const { bars, width } = layoutBars(rows, variant);
    expect(width).toBe(CHART_WIDTHS[variant]);
    expect(bars[0]!.bar.width / bars[1]!.bar.width).toBeCloseTo(4, 1);
    expect(bars[0]!.valueX + 30).toBeLessThanOrEqual(width);
    expect(bars[1]!.bar.y).toBeGreaterThan(bars[0]!.bar.y + bars[0]!.bar.height);
  }
});

it('writes a name above its bar on a phone and beside it on a desktop', () => {
  const narrow = layoutBars(rows, 'narrow').bars[0]!;
  expect(narrow.bar.x).toBe(0);
  expect(narrow.bar.y).toBeGreaterThan(narrow.lineY[0]!);
  const wide = layoutBars(rows, 'wide').bars[0]!;
  expect(wide.bar.x).toBeGreaterThan(200);
  expect(Math.abs(wide.bar.y + wide.bar.height / 2 - wide.lineY[0]!)).toBeLessThan(10);
});
