import { expect, it } from 'vitest';
import { assembleChains, chainsOf } from './assemble-chains.ts';

// Fragments 0..n-1 in OCR order; `links` gives the text's evidence for a→b, 0 otherwise.
const scorer = (links: Record<string, number>) => (a: number, b: number) => links[`${a}>${b}`] ?? 0;
const ocrOrder = (n: number) => Array.from({ length: n }, (_, i) => (i + 1 < n ? i + 1 : undefined));

it('keeps the OCR order where the text says nothing', () => {
  expect(chainsOf(assembleChains(4, scorer({}), ocrOrder(4)))).toEqual([[0, 1, 2, 3]]);
});

it('moves a fragment that plainly continues another, away from an OCR link that does not fit', () => {
  // 3 continues 0 (a word across the join); the OCR put 1 after 0 and 3 after 2, both fitting badly.
  const next = assembleChains(4, scorer({ '0>3': 3, '0>1': -2, '2>3': -2 }), ocrOrder(4));
  expect(chainsOf(next)).toEqual([[0, 3], [1, 2]]);
});

it('keeps the OCR order when two fragments could continue the same one equally well', () => {
  const next = assembleChains(5, scorer({ '0>3': 3, '4>3': 3 }), [1, 2, undefined, 4, undefined]);
  expect(next[4]).toBeUndefined();
  expect(next[0]).toBe(1);
});

it('takes links known already first, and never closes a loop', () => {
  const next = assembleChains(3, scorer({ '2>0': 5 }), ocrOrder(3), [[0, 1], [1, 2]]);
  expect(chainsOf(next)).toEqual([[0, 1, 2]]);
});

it('does not let a moved fragment bring its OCR neighbour along without evidence', () => {
  // 4 continues 1; the OCR put 5 after 4 with no evidence either way: 5 stays behind.
  const next = assembleChains(6, scorer({ '1>4': 3, '1>2': -2, '3>4': -2 }), ocrOrder(6));
  expect(next[1]).toBe(4);
  expect(next[4]).toBeUndefined();
});
