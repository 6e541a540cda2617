import { expect, it } from 'vitest';
import type { LineKind } from '../read-page/line-kind.ts';
import type { PageFragments } from './page-fragments.ts';
import { firstLinks, firstReading, searchArticles, type Entry } from './page-reading.ts';
import type { PageScores } from './reading-scores.ts';

// Line 0: fragments 0..3 (two columns, streams 0→2 and 1→3); line 1: a heading; line 2: fragment 4.
const page: PageFragments = {
  fragments: ['甲一', '乙一', '甲二', '乙二', '丙'].map((text, k) => ({ text, line: k < 4 ? 0 : 2, column: undefined })),
  firstOf: [0, 4, 4, 5],
  asRead: [1, 2, 3, undefined, undefined],
  ocrNext: [undefined, undefined, undefined, undefined, undefined],
  streamLinks: [[0, 2], [1, 3]],
  weakLinks: new Set(),
};
const kinds: LineKind[] = ['text', 'heading', 'text'];
const show = (entries: readonly Entry[]) => entries.map((e) => (e.kind === 'line' ? `L${e.index}` : e.k));

it('reads the streams one after the other where their first lines were, other lines in place', () => {
  expect(show(firstReading(page, firstLinks(page), kinds))).toEqual([0, 2, 1, 3, 'L1', 4]);
});

it('searches each article’s reading, and reports the lines a weak move touched', () => {
  // 4 reads after 3 (a word across), though not by much: the move is made, and its lines reported.
  const join = (a: number, b: number) => (a === 3 && b === 4 ? 1.2 : 0);
  const scores = { join, evidence: join, support: join, hold: join, prior: () => 0, opens: () => 0, closes: (a: number) => (a === 3 ? -0.2 : 0) } as PageScores;
  const entries = firstReading(page, firstLinks(page), kinds);
  const { entries: read, unsure } = searchArticles(entries, (e) => (e.kind === 'line' ? e.index : page.fragments[e.k]!.line), [0, 0, 0], kinds, scores);
  const order = show(read);
  expect(order.indexOf(4)).toBe(order.indexOf(3) + 1);
  expect(unsure).toContain(4);
  // In two articles, nothing crosses.
  expect(show(searchArticles(entries, (e) => (e.kind === 'line' ? e.index : page.fragments[e.k]!.line), [0, 1, 1], kinds, scores).entries)).toEqual([0, 2, 1, 3, 'L1', 4]);
});
