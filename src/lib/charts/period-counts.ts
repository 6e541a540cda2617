// Articles per month and per year, for the archive's chart: every month (or year) between the
// first and the last, empty ones included, since a gap in coverage is what a researcher looks for.
// An article dated only to the year counts in its year, not in any month.
import { parsePartialDate } from '../../schema/partial-date.ts';

interface Dated {
  data: { date?: string | undefined };
}

export interface MonthCount {
  year: number;
  month: number;
  count: number;
}

export interface YearCount {
  year: number;
  /** Articles dated to the month or the day. */
  withMonth: number;
  /** Articles dated only to the year. */
  yearOnly: number;
}

export interface PeriodCounts {
  /** Every month from the first to the last article dated to a month; empty when none is. */
  months: MonthCount[];
  /** Every year from the first to the last dated article. */
  years: YearCount[];
  undated: number;
}

export function periodCounts(articles: readonly Dated[]): PeriodCounts {
  const byMonth = new Map<number, number>();
  const byYear = new Map<number, YearCount>();
  let undated = 0;
  for (const a of articles) {
    const d = a.data.date ? parsePartialDate(a.data.date) : undefined;
    if (!d) {
      undated++;
      continue;
    }
    const year = byYear.get(d.year) ?? { year: d.year, withMonth: 0, yearOnly: 0 };
    if (d.month) {
      year.withMonth++;
      const key = d.year * 12 + d.month - 1;
      byMonth.set(key, (byMonth.get(key) ?? 0) + 1);
    } else year.yearOnly++;
    byYear.set(d.year, year);
  }
  return { months: everyMonth(byMonth), years: everyYear(byYear), undated };
}

function everyMonth(counts: ReadonlyMap<number, number>): MonthCount[] {
  if (counts.size === 0) return [];
  const keys = [...counts.keys()];
  const months: MonthCount[] = [];
  for (let key = Math.min(...keys); key <= Math.max(...keys); key++) months.push({ year: Math.floor(key / 12), month: (key % 12) + 1, count: counts.get(key) ?? 0 });
  return months;
}

function everyYear(counts: ReadonlyMap<number, YearCount>): YearCount[] {
  if (counts.size === 0) return [];
  const keys = [...counts.keys()];
  const years: YearCount[] = [];
  for (let year = Math.min(...keys); year <= Math.max(...keys); year++) years.push(counts.get(year) ?? { year, withMonth: 0, yearOnly: 0 });
  return years;
}
