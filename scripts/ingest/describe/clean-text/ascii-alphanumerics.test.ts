import { expect, it } from 'vitest';
import { asciiAlphanumerics } from './ascii-alphanumerics.ts';

it('makes full-width digits, letters, points and percent signs ASCII', () => {
  expect(asciiAlphanumerics('营收５２．１亿元，增长８．４％，ＩＣ产业')).toBe('营收52.1亿元，增长8.4%，IC产业');
});
it('leaves full-width punctuation alone', () => {
  expect(asciiAlphanumerics('（一）今年，园区。')).toBe('（一）今年，园区。');
});
