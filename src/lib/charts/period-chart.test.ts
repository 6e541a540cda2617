import { expect, it } from 'vitest';
import { MONTH_CHART_MAX_MONTHS } from './knobs.ts';
import { periodCharts } from './period-chart.ts';
import { periodCounts } from './period-counts.ts';

const dated = (...dates: (string | undefined)[]) => dates.map((date) => ({ data: { date } }));

it('shows years stacked by precision and months with the empty ones, and says so in words', () => {
  const [years, months] = periodCharts(periodCounts(dated('2021-03', '2021-05-02', '2022', undefined)));
  expect(years!.kind).toBe('year');
  expect(years!.columns.map((c) => c.segments)).toEqual([
    [2, 0],
    [0, 1],
  ]);
  expect(years!.desc).toBe('2021年 2 篇；2022年 1 篇（其中 1 篇只知年份）。');
  expect(months!.kind).toBe('month');
  expect(months!.title).toBe('2021年3月至2021年5月每月的文章数');
  expect(months!.columns.map((c) => c.segments[0])).toEqual([1, 0, 1]);
  expect(months!.desc).toBe('共 3 个月，其中 1 个月没有文章；文章最多的月份是2021年3月（1 篇）。另有 1 篇只知年份、1 篇日期不详，未计入。');
});

it('draws one year without a year chart, and a long span per year only', () => {
  expect(periodCharts(periodCounts(dated('2021-03', '2021-04'))).map((c) => c.kind)).toEqual(['month']);
  const years = Math.ceil(MONTH_CHART_MAX_MONTHS / 12) + 1;
  expect(periodCharts(periodCounts(dated('2000-01', `${2000 + years}-01`))).map((c) => c.kind)).toEqual(['year']);
});

it('labels a long month chart at each January with the year, and where it starts', () => {
  const [, months] = periodCharts(periodCounts(dated('2020-11', '2023-02')));
  expect(months!.columns.filter((c) => c.tick).map((c) => c.tick)).toEqual(['2020.11', '2021', '2022', '2023']);
});
