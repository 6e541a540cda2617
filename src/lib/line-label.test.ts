import { expect, it } from 'vitest';
import { lineLabel, lineRangeParts } from './line-label.ts';

it('writes ranges with an en dash and lists them with the enumeration comma', () => {
  expect(lineRangeParts('5-7, 9')).toEqual(['5–7', '9']);
  expect(lineRangeParts('1')).toEqual(['1']);
  expect(lineLabel('1, 5-9, 12-13')).toBe('第 1、5–9、12–13 行');
});
