import { expect, it } from 'vitest';
import { parseDateline } from './dateline.ts';

it('reads printed page dates', () => {
  expect(parseDateline('2019年4月16日 星期二')).toBe('2019-04-16');
  expect(parseDateline('2023年6月')).toBe('2023-06');
  expect(parseDateline('2023年13月1日')).toBeUndefined();
  expect(parseDateline('2019年4月16日，市委召开会议。')).toBeUndefined();
});
