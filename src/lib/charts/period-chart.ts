// The archive's charts as columns and words: per year (dated to the month, and only to the year,
// stacked) and per month while the months span few enough years. Pure.
import type { Column } from './column-chart.ts';
import { MONTH_CHART_MAX_MONTHS } from './knobs.ts';
import type { MonthCount, PeriodCounts, YearCount } from './period-counts.ts';

export interface PeriodChart {
  kind: 'year' | 'month';
  title: string;
  /** What the chart shows, in words, for screen readers (the <desc>). */
  desc: string;
  columns: Column[];
}

const monthName = (m: MonthCount) => `${m.year}年${m.month}月`;

function yearChart(years: readonly YearCount[]): PeriodChart {
  const first = years[0]!.year;
  const last = years.at(-1)!.year;
  const each = years.map((y) => `${y.year}年 ${y.withMonth + y.yearOnly} 篇${y.yearOnly > 0 ? `（其中 ${y.yearOnly} 篇只知年份）` : ''}`);
  return {
    kind: 'year',
    title: `${first}年至${last}年每年的文章数`,
    desc: `${each.join('；')}。`,
    columns: years.map((y) => ({
      title: `${y.year}年：${y.withMonth + y.yearOnly} 篇${y.yearOnly > 0 ? `，其中 ${y.yearOnly} 篇只知年份` : ''}`,
      segments: [y.withMonth, y.yearOnly],
      tick: String(y.year),
    })),
  };
}

function monthChart(months: readonly MonthCount[], counts: PeriodCounts): PeriodChart {
  const empty = months.filter((m) => m.count === 0).length;
  const most = months.reduce((a, b) => (b.count > a.count ? b : a));
  const yearOnly = counts.years.reduce((n, y) => n + y.yearOnly, 0);
  const left = [yearOnly > 0 ? `${yearOnly} 篇只知年份` : '', counts.undated > 0 ? `${counts.undated} 篇日期不详` : ''].filter(Boolean);
  const few = months.length <= 18;
  return {
    kind: 'month',
    title: `${monthName(months[0]!)}至${monthName(months.at(-1)!)}每月的文章数`,
    desc: [`共 ${months.length} 个月，其中 ${empty} 个月没有文章；文章最多的月份是${monthName(most)}（${most.count} 篇）。`, left.length > 0 ? `另有 ${left.join('、')}，未计入。` : ''].join(''),
    columns: months.map((m, i) => ({
      title: `${monthName(m)}：${m.count} 篇`,
      segments: [m.count],
      tick: few ? (m.month === 1 || i === 0 ? monthName(m) : `${m.month}月`) : m.month === 1 ? String(m.year) : i === 0 ? `${m.year}.${m.month}` : undefined,
    })),
  };
}

/** The year chart when the years are more than one; the month chart while the months are few enough. */
export function periodCharts(counts: PeriodCounts): PeriodChart[] {
  const charts: PeriodChart[] = [];
  if (counts.years.length > 1) charts.push(yearChart(counts.years));
  if (counts.months.length > 0 && counts.months.length <= MONTH_CHART_MAX_MONTHS) charts.push(monthChart(counts.months, counts));
  return charts;
}
