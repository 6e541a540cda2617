// A date with the precision that is actually known: a day, a month or only a year.
// Articles cut from old pages often carry only a year or a month; we never invent a day.

export type DatePrecision = 'day' | 'month' | 'year';

export interface PartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

const PATTERN = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Parses `YYYY`, `YYYY-MM` or `YYYY-MM-DD`; returns undefined for anything else or an impossible date. */
export function parsePartialDate(text: string): PartialDate | undefined {
  const m = PATTERN.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: 'year' };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return { year, month, precision: 'month' };
  const day = Number(m[3]);
  // Date.UTC rolls 2024-02-30 over into March; a round trip tells a real day from a rolled one.
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return undefined;
  return { year, month, day, precision: 'day' };
}

/** Chinese display form, e.g. 2019年4月16日, 2023年6月, 2023年. */
export function formatPartialDate(text: string): string {
  const d = parsePartialDate(text);
  if (!d) return text;
  if (d.precision === 'year') return `${d.year}年`;
  if (d.precision === 'month') return `${d.year}年${d.month}月`;
  return `${d.year}年${d.month}月${d.day}日`;
}

/** What a list shows for an article's date: its display form, or 日期不详 when none is known. */
export const UNKNOWN_DATE = '日期不详';

export function formatDateOrUnknown(text: string | undefined): string {
  return text ? formatPartialDate(text) : UNKNOWN_DATE;
}
