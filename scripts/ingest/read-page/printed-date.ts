// Dates as pages print them: `2023年9月12日`, `2023.09.12`, `2023-09-12`, `2023/9/12`, a Taiwan
// date in the Republic's years (`112-05-03`), one in English (`Sep 5, 2023`), and an issue `2023年第10期` (the year only). Read only from lines that are about the page (its head,
// its meta line, a subtitle naming the day of a speech), never from the text, whose dates are
// the events'. Full-width digits (`２０２１年`) are read as ASCII.
import { asciiAlnum } from '../char-classes.ts';

const FULL = /((?:19|20)\d{2})\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|([./-])\s*(\d{1,2})\s*\4\s*(\d{1,2})(?!\d))/gu;
/** A Taiwan date in the Republic's years (`112-05-03`, `民國112年5月3日`, `民国99年1月2日`): year + 1911. */
const ROC = /(?<!\d)(?:民[国國]\s*(\d{2,3})|(1[0-4]\d))\s*(?:年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日|([./-])\s*(\d{1,2})\s*\5\s*(\d{1,2})(?!\d))/gu;
const ROC_OFFSET = 1911;
/** A date in English, as sites in English or for both readers print it: `Sep 5, 2023`, `5 September 2023`. */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME = '(Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\\.?';
const ENGLISH = new RegExp(`(?<![A-Za-z])(?:${MONTH_NAME}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d{2})|(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH_NAME},?\\s+((?:19|20)\\d{2}))(?!\\d)`, 'giu');
const MONTH = /((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月(?!\s*\d{1,2}\s*日)/u;
const ISSUE = /((?:19|20)\d{2})\s*年\s*第\s*\d{1,3}\s*期/u;
const MONTH_DAY = /(?<![\d年])(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;

const pad = (n: number) => String(n).padStart(2, '0');

/** A real calendar day as YYYY-MM-DD, or undefined (2023-02-30 is no day). */
export function isoDay(year: number, month: number, day: number): string | undefined {
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCFullYear() !== year || d.getUTCMonth() !== month - 1 || d.getUTCDate() !== day) return undefined;
  return `${year}-${pad(month)}-${pad(day)}`;
}

const DIGIT_VALUE: Record<string, number> = { 〇: 0, '○': 0, 零: 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };

/**
 * A number in Chinese numerals: digit by digit (`二〇二四`, `一一三`) or counted (`一百一十三`,
 * `二十`, `十二`), up to 999; undefined for anything else.
 */
export function chineseNumber(text: string): number | undefined {
  const chars = Array.from(text);
  if (chars.length === 0 || !chars.every((c) => c in DIGIT_VALUE || c === '十' || c === '百')) return undefined;
  if (!/[十百]/u.test(text)) return Number(chars.map((c) => DIGIT_VALUE[c]).join(''));
  const m = /^(?:([一二三四五六七八九])百)?(零)?(?:([一二三四五六七八九])?十)?([一二三四五六七八九])?$/u.exec(text);
  if (!m || (m[2] && !m[1])) return undefined;
  const value = (c: string | undefined) => (c === undefined ? 0 : DIGIT_VALUE[c]!);
  const tens = text.includes('十') ? (m[3] ? value(m[3]) : 1) : 0;
  return value(m[1]) * 100 + tens * 10 + value(m[4]);
}

/** A date written in Chinese numerals (`二〇二四年三月十二日`, `中華民國一一三年三月十二日`). */
const CHINESE_DATE = /([〇○零一二三四五六七八九十百]{2,5})\s*年\s*([一二三四五六七八九十]{1,3})\s*月\s*([一二三四五六七八九十]{1,3})\s*日/gu;

/** The text with dates in Chinese numerals rewritten in digits, for the patterns above. */
function withDigitDates(text: string): string {
  return text.replace(CHINESE_DATE, (whole, y: string, m: string, d: string) => {
    const [year, month, day] = [chineseNumber(y), chineseNumber(m), chineseNumber(d)];
    return year === undefined || month === undefined || day === undefined ? whole : `${year}年${month}月${day}日`;
  });
}

/** Every full date printed in the text, in order. */
export function fullDates(printed: string): string[] {
  const text = withDigitDates(asciiAlnum(printed));
  const out: string[] = [];
  for (const m of text.matchAll(FULL)) {
    const year = Number(m[1]);
    const month = Number(m[2] ?? m[5]);
    const day = Number(m[3] ?? m[6]);
    const iso = isoDay(year, month, day);
    if (iso) out.push(iso);
  }
  for (const m of text.matchAll(ENGLISH)) {
    const month = MONTHS.indexOf((m[1] ?? m[5])!.slice(0, 3).toLowerCase()) + 1;
    const iso = isoDay(Number(m[3] ?? m[6]), month, Number(m[2] ?? m[4]));
    if (iso) out.push(iso);
  }
  for (const m of text.matchAll(ROC)) {
    const iso = isoDay(Number(m[1] ?? m[2]) + ROC_OFFSET, Number(m[3] ?? m[6]), Number(m[4] ?? m[7]));
    if (iso) out.push(iso);
  }
  return out;
}

/** The most precise date the line prints: a day, else a month, else an issue's year. */
export function printedDate(printed: string): string | undefined {
  const text = asciiAlnum(printed);
  const day = fullDates(text)[0];
  if (day) return day;
  const month = MONTH.exec(text);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return `${month[1]}-${pad(Number(month[2]))}`;
  const issue = ISSUE.exec(text);
  return issue ? issue[1] : undefined;
}

/** `9月12日` on a page whose year is known elsewhere (an issue line, a copyright line). */
export function monthDayIn(text: string, year: number): string | undefined {
  const m = MONTH_DAY.exec(asciiAlnum(text));
  return m ? isoDay(year, Number(m[1]), Number(m[2])) : undefined;
}
