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
  const scoresFor = (strength: number) => {
    const join = (a: number, b: number) => (a === 3 && b === 4 ? strength : 0);
    return { join, evidence: join, support: join, hold: join, prior: () => 0, opens: () => 0, closes: (a: number) => (a === 3 ? -0.2 : 0) } as PageScores;
  };
  const entries = firstReading(page, firstLinks(page), kinds);
  const lineOf = (e: Entry) => (e.kind === 'line' ? e.index : page.fragments[e.k]!.line);
  // 4 reads after 3 (a word across): moved there.
  const strong = show(searchArticles(entries, lineOf, [0, 0, 0], kinds, scoresFor(3)).entries);
  expect(strong.indexOf(4)).toBe(strong.indexOf(3) + 1);
  // Only just: moved or not (with or without the language model), its lines are reported.
  expect(searchArticles(entries, lineOf, [0, 0, 0], kinds, scoresFor(1.2)).unsure).toContain(4);
  // In two articles, nothing crosses.
  expect(show(searchArticles(entries, lineOf, [0, 1, 1], kinds, scoresFor(3)).entries)).toEqual([0, 2, 1, 3, 'L1', 4]);
});
