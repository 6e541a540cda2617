// Browsing by date: years, and months within them, keeping the precision each date has.
import type { ArticleEntry } from './articles.ts';
import { parsePartialDate } from '../schema/partial-date.ts';

export const UNDATED = 'undated';

export interface MonthGroup {
  /** 1–12, or undefined for articles dated to the year only. */
  month?: number | undefined;
  articles: ArticleEntry[];
}

export interface YearGroup {
  /** A year like "2023", or UNDATED. */
  key: string;
  months: MonthGroup[];
  count: number;
}

/** Years newest first, months newest first, month-less articles after the months. */
export function groupByDate(articles: readonly ArticleEntry[]): YearGroup[] {
  const years = new Map<string, Map<number | undefined, ArticleEntry[]>>();
  for (const a of articles) {
    const d = a.data.date ? parsePartialDate(a.data.date) : undefined;
    const key = d ? String(d.year) : UNDATED;
    const months = years.get(key) ?? new Map();
    const list = months.get(d?.month) ?? [];
    list.push(a);
    months.set(d?.month, list);
    years.set(key, months);
  }
  return [...years.entries()]
    .sort(([a], [b]) => (a === UNDATED ? 1 : b === UNDATED ? -1 : b.localeCompare(a)))
    .map(([key, months]) => {
      const groups = [...months.entries()]
        .sort(([a], [b]) => (a === undefined ? 1 : b === undefined ? -1 : b - a))
        .map(([month, list]) => ({ month, articles: list }));
      return { key, months: groups, count: groups.reduce((n, g) => n + g.articles.length, 0) };
    });
}
