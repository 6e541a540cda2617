import { expect, it } from 'vitest';
import { NEXT_LINE_BONUS, STREAM_BONUS, UNCONFIRMED_SAME_LINE_BONUS } from './knobs.ts';
import type { Fragment } from './page-fragments.ts';
import { pageScores } from './reading-scores.ts';

process.env.ARCHIVE_LM = 'off';

const fragments: Fragment[] = [
  { text: '从平台建设、财税扶持、租金补', line: 0, column: 15 },
  { text: '贴、成果转化和人才引进、建设用', line: 0, column: 15 },
  { text: '地、科技金融等方面扶持核心区。', line: 1, column: undefined },
  { text: '四是完善协同创新体系，重点推动', line: 2, column: undefined },
];
const inputs = { fragments, region: [0, 0, 1], next: [1, 2, 3, undefined], ocrNext: [1, 2, undefined, undefined], trusted: new Set<number>(), oneColumn: new Set([0]), weakLinks: new Set<number>() };

it('weighs the first reading’s links as a prior: firmest inside a line read as one column', () => {
  const scores = pageScores(inputs);
  expect(scores.prior(0)).toBe(UNCONFIRMED_SAME_LINE_BONUS);
  expect(scores.prior(1)).toBe(NEXT_LINE_BONUS);
  expect(scores.join(0, 1)).toBe(scores.evidence(0, 1) + UNCONFIRMED_SAME_LINE_BONUS);
  // A link the OCR did not make is a stream search's.
  expect(pageScores({ ...inputs, ocrNext: [undefined, undefined, undefined, undefined], oneColumn: new Set() }).prior(0)).toBe(STREAM_BONUS);
});

it('never joins two articles, and tells the text’s particular evidence from what fits anywhere', () => {
  const scores = pageScores(inputs);
  expect(scores.evidence(2, 3)).toBe(-Infinity);
  expect(scores.support(0, 1)).toBeGreaterThan(0);
  expect(scores.support(1, 0)).toBe(0);
});

it('scores text at a heading: a numbered paragraph opens well, text cut mid-sentence closes badly', () => {
  const scores = pageScores(inputs);
  expect(scores.opens(3)).toBeGreaterThan(scores.opens(1));
  expect(scores.closes(2)).toBeGreaterThan(scores.closes(0));
});
