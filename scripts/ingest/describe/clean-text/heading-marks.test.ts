import { expect, it } from 'vitest';
import { dropLeadingMarks } from './heading-marks.ts';

it('drops a box’s or a brief’s mark before a heading, and nothing else', () => {
  expect(dropLeadingMarks('■链接')).toBe('链接');
  expect(dropLeadingMarks('◆ 湖畔新城举办招聘会')).toBe('湖畔新城举办招聘会');
  expect(dropLeadingMarks('湖畔新城■举办招聘会')).toBe('湖畔新城■举办招聘会');
  expect(dropLeadingMarks('“让科研成果走出实验室”')).toBe('“让科研成果走出实验室”');
  expect(dropLeadingMarks('■■')).toBe('■■');
  // Idempotent, as every repair is.
  expect(dropLeadingMarks(dropLeadingMarks('■■ 链接'))).toBe('链接');
  // Marks set apart by spaces go together, so a second pass finds none.
  expect(dropLeadingMarks('▶▶ ★ 链接')).toBe('链接');
});
