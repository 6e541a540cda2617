import { expect, it } from 'vitest';
import { groupByDate, UNDATED, yearLabel, yearsCovered } from './archive.ts';

const a = (id: string, date?: string) => ({ id, data: { date } });

it('groups by year and month, newest first, year-only and undated last', () => {
  const groups = groupByDate([a('x', '2023-06'), a('y', '2023'), a('z', '2019-04-16'), a('w'), a('v', '2023-08')]);
  expect(groups.map((g) => [g.key, g.count])).toEqual([
    ['2023', 3],
    ['2019', 1],
    [UNDATED, 1],
  ]);
  expect(groups[0]!.months.map((m) => m.month)).toEqual([8, 6, undefined]);
});
it('names a year group as readers read it', () => {
  expect(yearLabel('2023')).toBe('2023年');
  expect(yearLabel(UNDATED)).toBe('日期不详');
});
it('states the years the dated articles cover', () => {
  expect(yearsCovered([a('x', '2021-06'), a('y'), a('z', '2019-04-16'), a('v', '2023')])).toBe('2019—2023');
  expect(yearsCovered([a('x', '2022-06'), a('y', '2022')])).toBe('2022');
  expect(yearsCovered([a('y')])).toBe('');
});
