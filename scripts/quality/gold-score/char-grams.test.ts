import { describe, expect, it } from 'vitest';
import { charGrams, sharedCount } from './char-grams.ts';

describe('charGrams', () => {
  it('gives the distinct 4-character stretches, none for shorter text', () => {
    expect([...charGrams('甲乙丙丁戊')]).toEqual(['甲乙丙丁', '乙丙丁戊']);
    expect(charGrams('甲乙丙').size).toBe(0);
  });
  it('counts in code points', () => {
    expect([...charGrams('𠀀甲乙丙')]).toEqual(['𠀀甲乙丙']);
  });
  it('counts shared grams', () => {
    expect(sharedCount(charGrams('甲乙丙丁戊'), charGrams('乙丙丁戊己'))).toBe(1);
  });
});
