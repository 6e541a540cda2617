import { expect, it } from 'vitest';
import { found, lenient, scoreNames, subsequence } from './name-matching.ts';

it('compares names without whitespace, with full-width forms folded', () => {
  expect(lenient('甲 乙（丙）ＡＢ')).toBe('甲乙(丙)AB');
});
it('takes a subsequence only when the shorter name has 4 characters or more', () => {
  expect(subsequence('安城经开区', '安城经济技术开发区')).toBe(true);
  expect(subsequence('安城区', '安城经济区')).toBe(false);
  expect(subsequence('安城经区', '安城开发区')).toBe(false);
});
it('finds a gold name in a longer or shorter output name, or through an alias', () => {
  expect(found('禾木科技有限公司', ['禾木科技'])).toBe(true);
  expect(found('禾木', ['禾木科技有限公司'])).toBe(true);
  expect(found('禾木科技有限公司', ['禾'])).toBe(false);
  expect(found('禾木园', ['禾木产业园区'], new Map([['禾木产业园区', ['禾木园']]]))).toBe(true);
});
it('counts missing gold names and output names that match no gold name', () => {
  expect(scoreNames(['禾木科技有限公司', '青石高新区'], ['禾木科技', '驱动芯片'])).toEqual({ missing: ['青石高新区'], extra: ['驱动芯片'], gold: 2, given: 2 });
});
