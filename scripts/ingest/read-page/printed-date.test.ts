import { describe, expect, it } from 'vitest';
import { chineseNumber, fullDates, isoDay, monthDayIn, printedDate } from './printed-date.ts';

describe('printed dates', () => {
  it.each([
    ['2024年3月2日 星期六', '2024-03-02'],
    ['2024.03.02', '2024-03-02'],
    ['发布时间：2024-03-02 10:12:33', '2024-03-02'],
    ['發佈時間：2024/3/2 14:35', '2024-03-02'],
    ['——2024年1月9日在年度工作会议上', '2024-01-09'],
    ['2024年3月', '2024-03'],
    ['18  创新周刊 2024年第5期', '2024'],
  ])('%s → %s', (text, iso) => {
    expect(printedDate(text)).toBe(iso);
  });
  it('knows the calendar', () => {
    expect(isoDay(2024, 2, 30)).toBeUndefined();
    expect(fullDates('2023年2月29日')).toEqual([]);
    expect(fullDates('2024年2月29日')).toEqual(['2024-02-29']);
  });
  it('reads a month and day with a year known from elsewhere', () => {
    expect(monthDayIn('3月2日 星期六', 2024)).toBe('2024-03-02');
    expect(monthDayIn('第3版', 2024)).toBeUndefined();
  });
  it('finds nothing in a line without a date', () => {
    expect(printedDate('园区传真')).toBeUndefined();
  });
});

it('reads a Taiwan date in the Republic’s years, and no three-digit number in text', () => {
  expect(printedDate('發布日期：112-05-03')).toBe('2023-05-03');
  expect(printedDate('by 傅子轩 | Sep 5, 2023 | 阅读 2.1k')).toBe('2023-09-05');
  expect(printedDate('Updated 5 September 2023')).toBe('2023-09-05');
  expect(printedDate('Dec. 1st, 2022')).toBe('2022-12-01');
  expect(printedDate('May 32, 2023')).toBeUndefined();
  expect(printedDate('Maybe 5, 2023')).toBeUndefined();
  expect(printedDate('民國112年5月3日')).toBe('2023-05-03');
  expect(printedDate('民国99年1月2日')).toBe('2010-01-02');
  expect(printedDate('园区有112年历史')).toBeUndefined();
});

it('reads a date written in Chinese numerals, in the common era or the Republic’s years', () => {
  expect(fullDates('二〇二四年三月十二日')).toEqual(['2024-03-12']);
  expect(fullDates('中華民國一一三年三月十二日　星期二　　產業追蹤')).toEqual(['2024-03-12']);
  expect(fullDates('民国一百一十三年十二月三十一日')).toEqual(['2024-12-31']);
  expect(fullDates('二〇二三年二月三十日')).toEqual([]);
  expect(fullDates('三十年河东，十年河西')).toEqual([]);
});

it('reads Chinese numerals digit by digit or counted', () => {
  expect([
    chineseNumber('二〇二四'),
    chineseNumber('一一三'),
    chineseNumber('一百一十三'),
    chineseNumber('十二'),
    chineseNumber('二十'),
    chineseNumber('三十一'),
    chineseNumber('十'),
    chineseNumber('一百零五'),
  ]).toEqual([2024, 113, 113, 12, 20, 31, 10, 105]);
  expect(chineseNumber('十十')).toBeUndefined();
  expect(chineseNumber('年')).toBeUndefined();
});
