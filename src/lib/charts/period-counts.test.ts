import { expect, it } from 'vitest';
import { periodCounts } from './period-counts.ts';

const dated = (...dates: (string | undefined)[]) => dates.map((date) => ({ data: { date } }));

it('counts every month between the first and the last, empty months included', () => {
  const { months } = periodCounts(dated('2022-11-30', '2023-02', '2023-02-01', '2023'));
  expect(months).toEqual([
    { year: 2022, month: 11, count: 1 },
    { year: 2022, month: 12, count: 0 },
    { year: 2023, month: 1, count: 0 },
    { year: 2023, month: 2, count: 2 },
  ]);
});

it('counts a year-only date in its year but in no month, and undated articles apart', () => {
  const counts = periodCounts(dated('2019-04-16', '2021', '2021', undefined));
  expect(counts.years).toEqual([
    { year: 2019, withMonth: 1, yearOnly: 0 },
    { year: 2020, withMonth: 0, yearOnly: 0 },
    { year: 2021, withMonth: 0, yearOnly: 2 },
  ]);
  expect(counts.months).toEqual([{ year: 2019, month: 4, count: 1 }]);
  expect(counts.undated).toBe(1);
  expect(periodCounts(dated(undefined))).toEqual({ months: [], years: [], undated: 1 });
});
