import { expect, it } from 'vitest';
import { normalizePage } from './index.ts';

it('gives a page one canonical form: LF line ends, NFC, no zero-width marks, plain spaces', () => {
  expect(normalizePage('湖畔\u200b新城\r\nCafe\u0301\u00a0 \r第三行')).toBe('湖畔新城\nCafé\n第三行');
});
