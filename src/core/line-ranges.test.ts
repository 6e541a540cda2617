import { expect, it } from 'vitest';
import { bridgeBlankLines, fromRanges, toRanges } from './line-ranges.ts';

it('writes line numbers as ranges and reads them back', () => {
  expect(toRanges([9, 5, 6, 7, 7, 12, 13])).toBe('5-7, 9, 12-13');
  expect(fromRanges('5-7, 9, 12-13')).toEqual([5, 6, 7, 9, 12, 13]);
  expect(toRanges([])).toBe('');
});

it('bridges gaps made only of blank lines', () => {
  const blank = new Set([2, 4, 5]);
  expect(toRanges(bridgeBlankLines([1, 3, 6, 7, 9], (n) => blank.has(n)))).toBe('1-7, 9');
});
