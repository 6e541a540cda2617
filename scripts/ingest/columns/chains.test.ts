import { expect, it } from 'vitest';
import { chainLinks, chainsInOcrOrder, chainsOf } from './chains.ts';

it('keeps every fragment to one successor and one predecessor, and refuses a loop', () => {
  const { next, link } = chainLinks(3);
  expect(link(0, 1)).toBe(true);
  expect(link(2, 1)).toBe(false);
  expect(link(1, 2)).toBe(true);
  expect(link(2, 0)).toBe(false);
  expect(next).toEqual([1, 2, undefined]);
});

it('takes the links given first, then the OCR’s where they still fit', () => {
  // The streams link 0→2 and 1→3; the OCR's 0→1 and 2→3 no longer fit, 3→4 does.
  const next = chainsInOcrOrder(5, [1, 2, 3, 4, undefined], [[0, 2], [1, 3]]);
  expect(chainsOf(next)).toEqual([[0, 2], [1, 3, 4]]);
});
