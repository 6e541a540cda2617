import { describe, expect, it } from 'vitest';
import { PyFloat, PyTimestamp, pyFixed, pyFloatRepr, pyIter, pyRepr, pyRound, pyStr, pyTruthy } from './python-values.ts';

describe('pyFixed / pyRound', () => {
  it('rounds exact binary ties to even, as Python does', () => {
    expect(pyFixed(0.0625, 3)).toBe('0.062');
    expect(pyFixed(0.03125, 4)).toBe('0.0312');
    expect(pyFixed(0.375, 2)).toBe('0.38');
    expect(pyRound(0.125, 2)).toBe(0.12);
  });
  it('rounds what only looks like a tie by its exact value', () => {
    expect(pyFixed(0.0005, 3)).toBe('0.001'); // 0.0005 is stored a little above
    expect(pyFixed(2.675, 2)).toBe('2.67'); // and 2.675 a little below
  });
  it('carries into the whole part', () => {
    expect(pyFixed(0.99996, 4)).toBe('1.0000');
    expect(pyRound(0.99996, 4)).toBe(1);
  });
});

describe("Python's str and repr", () => {
  it('writes floats as Python does', () => {
    expect(pyFloatRepr(1)).toBe('1.0');
    expect(pyFloatRepr(0.0123)).toBe('0.0123');
    expect(pyFloatRepr(1e-5)).toBe('1e-05');
    expect(pyFloatRepr(1e16)).toBe('1e+16');
  });
  it('writes None, booleans, ints, dates and lists', () => {
    expect(pyStr(null)).toBe('None');
    expect(pyStr(true)).toBe('True');
    expect(pyStr(12n)).toBe('12');
    expect(pyStr(new PyFloat(2))).toBe('2.0');
    expect(pyStr(new PyTimestamp('2023-06-15'))).toBe('2023-06-15');
    expect(pyRepr(["甲'乙", '丙'])).toBe(`["甲'乙", '丙']`);
    expect(pyRepr({ 'a.md': ['k1', 'k2'] })).toBe("{'a.md': ['k1', 'k2']}");
  });
});

describe('truthiness and iteration', () => {
  it('is false for empty containers, zero and None', () => {
    expect([null, '', [], {}, 0n, new PyFloat(0), false].map(pyTruthy)).toEqual([false, false, false, false, false, false, false]);
    expect([' ', [0n], { a: 1 }, 1n, new PyTimestamp('2023-01-01')].map(pyTruthy)).toEqual([true, true, true, true, true]);
  });
  it('iterates a string by characters and a mapping by keys', () => {
    expect(pyIter('甲乙')).toEqual(['甲', '乙']);
    expect(pyIter({ a: 1, b: 2 })).toEqual(['a', 'b']);
    expect(pyIter(3n)).toEqual([]);
  });
});
