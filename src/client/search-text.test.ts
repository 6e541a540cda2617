import { expect, it } from 'vitest';
import { cornerQuotes, hasMarkedChar, mapChars } from './search-text.ts';
import { traditionalBitset, traditionalToSimplified } from '../lib/char-maps.ts';

it('converts characters with a map', () => {
  expect(mapChars('比亞迪鈉離子電池', { from: '亞鈉離電', to: '亚钠离电' })).toBe('比亚迪钠离子电池');
});

it('tells Traditional queries from Simplified ones with a small bitset', () => {
  const bitset = traditionalBitset(traditionalToSimplified());
  expect(bitset.length).toBeLessThan(6000);
  expect(hasMarkedChar('比亞迪', bitset)).toBe(true);
  expect(hasMarkedChar('鈉離子電池', bitset)).toBe(true);
  expect(hasMarkedChar('比亚迪', bitset)).toBe(false);
  expect(hasMarkedChar('徐州经开区 ABC', bitset)).toBe(false);
});

it('sets quotation marks as the twin does', () => {
  expect(cornerQuotes('“比亞迪”的‘結果’')).toBe('「比亞迪」的『結果』');
});
