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

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a date of the right shape is not in the calendar: 2024-02-30, 2024-13. */
function calendarProblem(text: string): string | undefined {
  const m = PATTERN.exec(text);
  if (!m || parsePartialDate(text)) return undefined;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const what = m[3] === undefined ? 'a month' : 'a day';
  if (month < 1 || month > 12) return `${text} is not ${what} in the calendar: months run from 01 to 12`;
  return `${text} is not a day in the calendar: ${MONTH_NAMES[month - 1]} ${year} has ${daysIn(year, month)} days`;
}

const pad = (n: string | undefined) => (n === undefined ? undefined : n.padStart(2, '0'));

/**
 * The date an editor meant by a loose form: 2024/5/1, 2024.05.01, 2024年5月1日, 2024-5, 20240501,
 * with full-width digits or not. Undefined when the text is no such form.
 */
export function looseDateToIso(text: string): string | undefined {
  const half = text
    .trim()
    .replace(/[０-９]/gu, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0))
    .replace(/[－—–／．]/gu, (c) => ({ '－': '-', '—': '-', '–': '-', '／': '/', '．': '.' })[c] ?? c);
  const compact = /^(\d{4})(\d{2})(\d{2})$/.exec(half);
  const loose = compact ?? /^(\d{4})\s*(?:[-/.年]\s*(\d{1,2})\s*(?:[-/.月]\s*(\d{1,2})\s*日?|月)?)?\s*年?$/u.exec(half);
  if (!loose) return undefined;
  return [loose[1], pad(loose[2]), pad(loose[3])].filter(Boolean).join('-');
}

export interface DateProblem {
  message: string;
  /** The value to write instead, when it is clear what was meant. */
  write?: string;
}

/** What is wrong with a date as typed, and what to write instead; undefined for a good date. */
export function dateProblem(text: string): DateProblem | undefined {
  if (parsePartialDate(text)) return undefined;
  const calendar = calendarProblem(text);
  if (calendar) return { message: calendar };
  const meant = looseDateToIso(text);
  if (meant !== undefined) {
    const wrong = calendarProblem(meant);
    if (wrong) return { message: `${wrong} (read from ${text})` };
    return { message: `expected YYYY-MM-DD, YYYY-MM or YYYY, got ${text}`, write: meant };
  }
  return { message: `expected YYYY-MM-DD, YYYY-MM or YYYY, got ${text} — write only what is known: "2024-05-01", "2024-05" or "2024"` };
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
