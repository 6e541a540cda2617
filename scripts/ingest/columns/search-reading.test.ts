import { describe, expect, it } from 'vitest';
import { applyMove, readingScore, searchReading, type ReadingScores, type Slot } from './search-reading.ts';

// Fragments 0..n-1; `links` gives the text's evidence for a→b (and the same as support), 0 otherwise.
function scorer(links: Record<string, number>, edges: { opens?: number; closes?: number } = {}): ReadingScores {
  const join = (a: number, b: number) => links[`${a}>${b}`] ?? 0;
  return { join, support: (a, b) => Math.max(0, join(a, b)), opens: () => edges.opens ?? 0, closes: () => edges.closes ?? 0 };
}
const text = (...fragments: number[]): Slot[] => fragments.map((fragment) => ({ kind: 'text', fragment }));
const order = (slots: readonly Slot[]) => slots.map((s) => (s.kind === 'text' ? s.fragment : s.kind));

describe('readingScore', () => {
  it('sums every join of the reading, barriers at both ends', () => {
    const scores = scorer({ '0>1': 2, '1>2': -1 }, { opens: 0.5, closes: -0.5 });
    expect(readingScore(text(0, 1, 2), scores)).toBe(0.5 + 2 - 1 - 0.5);
    // A heading in between: the text stops before it and starts after it.
    expect(readingScore([...text(0, 1), { kind: 'barrier', line: 9 }, ...text(2)], scores)).toBe(0.5 + 2 - 0.5 + 0.5 - 0.5);
  });

  it('reads past a line that is neither text nor a barrier', () => {
    const scores = scorer({ '0>1': 3 });
    expect(readingScore([...text(0), { kind: 'skip', line: 5 }, ...text(1)], scores)).toBe(3);
  });
});

describe('applyMove', () => {
  it('moves a block forward and backward', () => {
    expect(order(applyMove(text(0, 1, 2, 3, 4), { from: 1, to: 2, after: 3, gain: 1 }))).toEqual([0, 3, 1, 2, 4]);
    expect(order(applyMove(text(0, 1, 2, 3, 4), { from: 3, to: 3, after: 0, gain: 1 }))).toEqual([0, 3, 1, 2, 4]);
    expect(order(applyMove(text(0, 1, 2, 3, 4), { from: 4, to: 4, after: -1, gain: 1 }))).toEqual([4, 0, 1, 2, 3]);
  });
});

describe('searchReading', () => {
  it('puts a printed line back where the words on both sides say it belongs', () => {
    // 4 continues 1 and is continued by 2; where it stands it fits nothing.
    const scores = scorer({ '1>4': 3, '4>2': 3, '1>2': 0.5 });
    const { slots, after, before } = searchReading(text(0, 1, 2, 3, 4), scores, { minGain: 1, minEvidence: 1 });
    expect(order(slots)).toEqual([0, 1, 4, 2, 3]);
    expect(after).toBeGreaterThan(before);
  });

  it('keeps the first reading where no move gains enough, and names the lines placed on thin evidence', () => {
    const weak = scorer({ '1>4': 1.2, '1>2': 0.2 });
    expect(order(searchReading(text(0, 1, 2, 3, 4), weak, { minGain: 1.5, minEvidence: 0.5 }).slots)).toEqual([0, 1, 2, 3, 4]);
    // A move that gains 1.3: made, but below the gain that makes it sure.
    const thin = scorer({ '1>4': 1.8, '1>2': 0.5 });
    const { slots, unsure } = searchReading(text(0, 1, 2, 3, 4), thin, { minGain: 1, sureGain: 2, minEvidence: 1 });
    const read = order(slots);
    expect(read.indexOf(4)).toBe(read.indexOf(1) + 1);
    expect(unsure).toEqual(expect.arrayContaining([1, 4]));
  });

  it('does not move text for evidence that fits every place alike', () => {
    // Moving 3 gains only at a barrier (the text would stop better there), with no evidence of its own.
    const scores: ReadingScores = { ...scorer({}), closes: (a) => (a === 3 ? 0 : -1) };
    const slots = [...text(0, 1), { kind: 'barrier', line: 7 } as Slot, ...text(2, 3)];
    expect(order(searchReading(slots, scores, { minGain: 0.5, minEvidence: 1 }).slots)).toEqual([0, 1, 'barrier', 2, 3]);
  });

});
