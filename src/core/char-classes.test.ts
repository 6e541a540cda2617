import { describe, expect, it } from 'vitest';
import { countHan, hasHan, isCjk, isHan } from './char-classes.ts';

describe('character classes', () => {
  it('tells Han ideographs from Latin, digits and punctuation', () => {
    expect(isHan('园')).toBe(true);
    expect(isHan('A')).toBe(false);
    expect(isHan('，')).toBe(false);
  });
  it('counts full-width punctuation as CJK, half-width as not', () => {
    expect(isCjk('，')).toBe(true);
    expect(isCjk('园')).toBe(true);
    expect(isCjk(',')).toBe(false);
  });
  it('finds and counts Han characters in a text', () => {
    expect(hasHan('Web3 园区')).toBe(true);
    expect(hasHan('Web3 2023')).toBe(false);
    expect(countHan('徐州 Web3，高新区')).toBe(5);
  });
});
