import { expect, it } from 'vitest';
import { estimateColumnWidths } from './column-width.ts';

it('finds the width of a hard-wrapped column', () => {
  const widths = [15, 17, 17, 16.5, 17, 5, 15, 17, 16.5, 17, 8];
  const columns = estimateColumnWidths(widths);
  expect(columns[2]).toBe(17);
  expect(columns[8]).toBe(17);
});
it('finds no column where each line is a paragraph', () => {
  const widths = [120, 11, 295, 11, 76.5, 213.5, 113, 109];
  expect(estimateColumnWidths(widths).every((c) => c === undefined)).toBe(true);
});
it('does not take scattered headlines for a column', () => {
  const widths = [200, 13, 180, 14, 150, 13, 170, 12, 160];
  expect(estimateColumnWidths(widths)[3]).toBeUndefined();
});
