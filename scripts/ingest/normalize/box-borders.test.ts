import { expect, it } from 'vitest';
import { undoBoxBorders } from './box-borders.ts';

it('makes a box’s frame lines plain rules and keeps what stands between its side rules, line for line', () => {
  const box = ['┌──────────┐', '│  数读      │', '│  企业：2400余家 │', '└──────────┘', '正文。'].join('\n');
  expect(undoBoxBorders(box)).toBe(['────────', '数读', '企业：2400余家', '────────', '正文。'].join('\n'));
});

it('leaves a table ruled with bars alone: only a line opened and closed by a rule is a box’s', () => {
  const table = ['指标 │ 单位 │ 完成值', '产值 │ 亿元 │ 612'].join('\n');
  expect(undoBoxBorders(table)).toBe(table);
});
