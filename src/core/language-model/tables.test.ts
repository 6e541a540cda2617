import { describe, expect, it } from 'vitest';
import { findKey, firstWordStarts } from './tables.ts';

describe('n-gram tables', () => {
  // Keys first * 5 + rest for words 0…3: word 0 starts two keys, word 1 none, word 2 two, word 3 none.
  const keys = new Float64Array([0 * 5 + 1, 0 * 5 + 3, 2 * 5 + 0, 2 * 5 + 4]);

  it('finds where each first word’s keys start, words without keys included', () => {
    expect([...firstWordStarts(keys, 4, 5)]).toEqual([0, 2, 2, 4, 4]);
    expect([...firstWordStarts(new Float64Array([]), 2, 5)]).toEqual([0, 0, 0]);
  });

  it('finds a key within its first word’s range as in the whole table, and misses what is absent', () => {
    const starts = firstWordStarts(keys, 4, 5);
    for (let first = 0; first < 4; first++) {
      for (let rest = 0; rest < 5; rest++) {
        const key = first * 5 + rest;
        expect(findKey(keys, key, starts[first]!, starts[first + 1]! - 1)).toBe(findKey(keys, key));
      }
    }
    expect(findKey(keys, 13)).toBe(-1);
    expect(findKey(keys, 14)).toBe(3);
  });
});
