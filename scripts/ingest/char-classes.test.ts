import { expect, it } from 'vitest';
import { asciiAlnum, endsSentence } from './char-classes.ts';

it('ends a sentence on Chinese marks, on an English full stop after a word, never on a decimal point', () => {
  expect(endsSentence('园区新增项目12个。')).toBe(true);
  expect(endsSentence('他说：“很好！”')).toBe(true);
  expect(endsSentence('The park signed an MoU with the firm.')).toBe(true);
  expect(endsSentence('产值增长了3.')).toBe(false);
  expect(endsSentence('园区新增项目12个，')).toBe(false);
});

it('reads full-width digits and letters as ASCII, one for one', () => {
  expect(asciiAlnum('２０２１年１１月３日 第Ａ３版')).toBe('2021年11月3日 第A3版');
  expect(asciiAlnum('园区')).toBe('园区');
});
