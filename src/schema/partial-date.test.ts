import { expect, it } from 'vitest';
import { formatDateOrUnknown, formatPartialDate, parsePartialDate } from './partial-date.ts';

it('keeps the precision that is known', () => {
  expect(parsePartialDate('2019')).toEqual({ year: 2019, precision: 'year' });
  expect(parsePartialDate('2019-04')).toEqual({ year: 2019, month: 4, precision: 'month' });
  expect(parsePartialDate('2019-04-16')).toEqual({ year: 2019, month: 4, day: 16, precision: 'day' });
});
it('rejects impossible dates instead of rolling them over', () => {
  for (const bad of ['2024-13-45', '2023-02-29', '2023-00', '2023-4-1', '19', '2023/04/01']) expect(parsePartialDate(bad)).toBeUndefined();
  expect(parsePartialDate('2024-02-29')).toBeDefined();
});
it('formats in Chinese with its precision', () => {
  expect(formatPartialDate('2019-04-16')).toBe('2019年4月16日');
  expect(formatPartialDate('2023-06')).toBe('2023年6月');
  expect(formatPartialDate('2023')).toBe('2023年');
});
it('says the date is unknown when there is none', () => {
  expect(formatDateOrUnknown(undefined)).toBe('日期不详');
  expect(formatDateOrUnknown('2023-06')).toBe('2023年6月');
});
