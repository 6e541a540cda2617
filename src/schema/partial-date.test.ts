import { describe, expect, it } from 'vitest';
import { formatDateOrUnknown, formatPartialDate, parsePartialDate, dateProblem, looseDateToIso } from './partial-date.ts';

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

describe('looseDateToIso', () => {
  it.each([
    ['2024/5/1', '2024-05-01'],
    ['2024.05.01', '2024-05-01'],
    ['2024年5月1日', '2024-05-01'],
    ['2024年5月', '2024-05'],
    ['2024年', '2024'],
    ['2024-5', '2024-05'],
    ['20240501', '2024-05-01'],
    ['２０２４－０５', '2024-05'],
  ])('reads %s as %s', (typed, iso) => {
    expect(looseDateToIso(typed)).toBe(iso);
  });
  it('reads no other text as a date', () => {
    expect(looseDateToIso('去年秋天')).toBeUndefined();
    expect(looseDateToIso('24/5/1')).toBeUndefined();
  });
});

describe('dateProblem', () => {
  it('has nothing to say about a good date', () => {
    expect(dateProblem('2024-02-29')).toBeUndefined();
  });
  it('tells a day that is not in the calendar from a date in the wrong form', () => {
    expect(dateProblem('2024-02-30')).toEqual({ message: '2024-02-30 is not a day in the calendar: February 2024 has 29 days' });
    expect(dateProblem('2024/2/3')).toEqual({ message: 'expected YYYY-MM-DD, YYYY-MM or YYYY, got 2024/2/3', write: '2024-02-03' });
  });
});
