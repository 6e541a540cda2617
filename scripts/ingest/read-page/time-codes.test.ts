import { expect, it } from 'vitest';
import { stripTimeCode } from './time-codes.ts';

it('drops the time code that opens a transcript’s turn', () => {
  expect(stripTimeCode('[00:01:12] 记者：据了解，园区已集聚企业百余家。')).toBe('记者：据了解，园区已集聚企业百余家。');
  expect(stripTimeCode('【02:06】主持人：晚上好。')).toBe('主持人：晚上好。');
});

it('leaves a time inside the text, and a line that is only a time code', () => {
  expect(stripTimeCode('会议于[09:30]开始。')).toBe('会议于[09:30]开始。');
  expect(stripTimeCode('[00:00:05]')).toBe('[00:00:05]');
});
