import { expect, it } from 'vitest';
import type { LineKind } from '../read-page/line-kind.ts';
import { toPageLines } from '../read-page/page-lines.ts';
import type { MixedLines } from './mixed-lines.ts';
import { pageFragments } from './page-fragments.ts';

const found = (over: Partial<MixedLines>): MixedLines => ({
  cuts: [],
  mixed: new Set(),
  mixedAlone: new Map(),
  oneColumn: new Set(),
  trusted: new Set(),
  weak: new Set(),
  weakStreams: new Map(),
  runs: [],
  ...over,
});

it('links a mixed line’s columns by its streams, and the OCR’s order elsewhere (not across a heading)', () => {
  const lines = toPageLines('甲一 乙一 甲二 乙二\n\n丙\n\n小标题\n\n丁');
  const kinds: LineKind[] = ['text', 'text', 'heading', 'text'];
  const page = pageFragments(lines, kinds, [0, 0, 0, 0], found({
    cuts: [{ fragments: ['甲一', '乙一', '甲二', '乙二'], column: 2, full: 2 }],
    mixed: new Set([0]),
    mixedAlone: new Map([[0, [[0, 2], [1, 3]]]]),
  }));
  expect(page.fragments.map((f) => f.text)).toEqual(['甲一', '乙一', '甲二', '乙二', '丙', '丁']);
  expect(page.streamLinks).toEqual([[0, 2], [1, 3]]);
  // Inside the mixed line only its last fragment keeps the OCR's link (to the next line); none runs over the heading.
  expect(page.ocrNext).toEqual([undefined, undefined, undefined, 4, undefined, undefined]);
  expect(page.asRead).toEqual([1, 2, 3, 4, undefined, undefined]);
});

it('never links two articles', () => {
  const lines = toPageLines('甲\n\n乙');
  const page = pageFragments(lines, ['text', 'text'], [0, 1], found({}));
  expect(page.asRead).toEqual([undefined, undefined]);
});
