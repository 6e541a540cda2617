import { expect, it } from 'vitest';
import { groupByDate, UNDATED } from './archive.ts';
import type { ArticleEntry } from './articles.ts';

const a = (id: string, date?: string) => ({ id, data: { date } }) as unknown as ArticleEntry;

it('groups by year and month, newest first, year-only and undated last', () => {
  const groups = groupByDate([a('x', '2023-06'), a('y', '2023'), a('z', '2019-04-16'), a('w'), a('v', '2023-08')]);
  expect(groups.map((g) => [g.key, g.count])).toEqual([['2023', 3], ['2019', 1], [UNDATED, 1]]);
  expect(groups[0]!.months.map((m) => m.month)).toEqual([8, 6, undefined]);
});
