import { expect, it } from 'vitest';
import { hasMarkedChar, mapChars, matchNames, suggestNames } from './search-text.ts';
import type { NameEntry } from '../lib/search-data.ts';
import { traditionalBitset, traditionalToSimplified } from '../lib/char-maps.ts';

const names: NameEntry[] = [
  { name: '中润新能源（徐州）有限公司', other: ['中润新能源'], kind: 'companies', href: '/companies/a/', count: 1 },
  { name: '江苏鑫华半导体科技股份有限公司', other: ['鑫华半导体'], kind: 'companies', href: '/companies/b/', count: 1 },
  { name: '徐州经济技术开发区', other: ['徐州经开区', '经开区'], kind: 'parks', href: '/parks/c/', count: 3 },
  { name: '比亚迪', other: [], kind: 'companies', href: '/companies/d/', count: 3 },
];

it('converts characters with a map', () => {
  expect(mapChars('比亞迪鈉離子電池', { from: '亞鈉離電', to: '亚钠离电' })).toBe('比亚迪钠离子电池');
});
it('finds the names a query means: whole, inside the query, or partial', () => {
  expect(matchNames('比亚迪', names).map((n) => n.href)).toEqual(['/companies/d/']);
  expect(matchNames('中润', names).map((n) => n.href)).toEqual(['/companies/a/']);
  expect(matchNames('鑫华半导体', names).map((n) => n.href)).toEqual(['/companies/b/']);
  expect(matchNames('徐州经开区 钠离子电池', names)[0]!.href).toBe('/parks/c/');
  expect(matchNames('电池', names)).toEqual([]);
  expect(matchNames('徐', names)).toEqual([]);
});
it('suggests near names when nothing is found', () => {
  expect(suggestNames('徐州开发区', names)[0]!.name).toBe('徐州经济技术开发区');
  expect(suggestNames('zzz', names)).toEqual([]);
});

it('tells Traditional queries from Simplified ones with a small bitset', () => {
  const bitset = traditionalBitset(traditionalToSimplified());
  expect(bitset.length).toBeLessThan(6000);
  expect(hasMarkedChar('比亞迪', bitset)).toBe(true);
  expect(hasMarkedChar('鈉離子電池', bitset)).toBe(true);
  expect(hasMarkedChar('比亚迪', bitset)).toBe(false);
  expect(hasMarkedChar('徐州经开区 ABC', bitset)).toBe(false);
});
