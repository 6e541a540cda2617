import { expect, it } from 'vitest';
import { textWidthEm, wrapLabel } from './text-width.ts';
import { wordBreaks } from './word-breaks.ts';

it('counts Han characters and full-width marks as one em, Latin and digits as about half', () => {
  expect(textWidthEm('徐州（江苏）')).toBe(6);
  expect(textWidthEm('TCL')).toBeCloseTo(1.74);
});

it('wraps a long name into lines about equally long, never opening a line with a closing mark', () => {
  expect(wrapLabel('甲乙丙丁', 10, 2)).toEqual(['甲乙丙丁']);
  expect(wrapLabel('甲乙丙丁戊己', 4, 2)).toEqual(['甲乙丙', '丁戊己']);
  expect(wrapLabel('甲乙（丙）丁戊', 4, 3)).toEqual(['甲乙', '（丙）', '丁戊']);
  expect(wrapLabel('甲乙丙）丁戊', 3, 3)).toEqual(['甲乙', '丙）', '丁戊']);
});

it('breaks between words where it is given them', () => {
  const name = '天通凯巨科技有限公司';
  expect(wrapLabel(name, 9, 2, new Set([4, 6, 10]))).toEqual(['天通凯巨科技', '有限公司']);
  expect(wrapLabel(name, 9, 2, wordBreaks(name))).toEqual(['天通凯巨科技', '有限公司']);
});

it('cuts what does not fit in the lines allowed with an ellipsis', () => {
  expect(wrapLabel('甲乙丙丁戊己庚辛', 3, 2)).toEqual(['甲乙丙', '丁戊…']);
  expect(wrapLabel('甲乙丙丁', 2, 1)).toEqual(['甲…']);
});
