import { expect, it } from 'vitest';
import { fragmentWidth } from './fragment-width.ts';

it('counts ideographs and OCR half-width punctuation as one em, digits and Latin as half', () => {
  expect(fragmentWidth('租金补')).toBe(3);
  expect(fragmentWidth('补,"贴"')).toBe(5);
  expect(fragmentWidth('2020年')).toBe(3);
  expect(fragmentWidth('中心, 打造')).toBe(5);
});
