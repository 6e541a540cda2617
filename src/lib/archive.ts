// Browsing by date: years, and months within them, keeping the precision each date has.
import { parsePartialDate, UNKNOWN_DATE } from '../schema/partial-date.ts';

export const UNDATED = 'undated';

interface Dated {
  data: { date?: string | undefined };
}

export interface MonthGroup<A extends Dated = Dated> {
  /** 1–12, or undefined for articles dated to the year only. */
  month?: number | undefined;
  articles: A[];
}

export interface YearGroup<A extends Dated = Dated> {
  /** A year like "2023", or UNDATED. */
  key: string;
  months: MonthGroup<A>[];
  count: number;
}

/** Years newest first, months newest first, month-less articles after the months. */
export function groupByDate<A extends Dated>(articles: readonly A[]): YearGroup<A>[] {
  const years = new Map<string, Map<number | undefined, A[]>>();
  for (const a of articles) {
    const d = a.data.date ? parsePartialDate(a.data.date) : undefined;
    const key = d ? String(d.year) : UNDATED;
    const months = years.get(key) ?? new Map<number | undefined, A[]>();
    const list = months.get(d?.month) ?? [];
    list.push(a);
    months.set(d?.month, list);
    years.set(key, months);
  }
  return [...years.entries()]
    .sort(([a], [b]) => (a === UNDATED ? 1 : b === UNDATED ? -1 : b.localeCompare(a)))
    .map(([key, months]) => {
      const groups = [...months.entries()].sort(([a], [b]) => (a === undefined ? 1 : b === undefined ? -1 : b - a)).map(([month, list]) => ({ month, articles: list }));
      return { key, months: groups, count: groups.reduce((n, g) => n + g.articles.length, 0) };
    });
}

/** A year group's name as a reader reads it: 2023年, or 日期不详. */
export function yearLabel(key: string): string {
  return key === UNDATED ? UNKNOWN_DATE : `${key}年`;
}

/** The years the dated articles span, as the site states it: 2019—2023, 2023, or '' if none is dated. */
export function yearsCovered(articles: readonly Dated[]): string {
  const years: number[] = [];
  for (const a of articles) {
    const d = a.data.date ? parsePartialDate(a.data.date) : undefined;
    if (d) years.push(d.year);
  }
  if (years.length === 0) return '';
  const first = Math.min(...years);
  const last = Math.max(...years);
  return first === last ? String(first) : `${first}—${last}`;
}
