import { expect, it } from 'vitest';
import { normalizeUnicode } from './unicode-form.ts';

it('composes to NFC', () => {
  expect(normalizeUnicode('Cafe\u0301')).toBe('Café');
});
it('drops stray controls, zero-width marks and lone surrogates, keeps line breaks', () => {
  expect(normalizeUnicode('研\u200b发\u0007中\ufeff心\n第二\ud800行')).toBe('研发中心\n第二行');
});
it('turns tabs and no-break spaces into spaces and trims line ends', () => {
  expect(normalizeUnicode('徐州\t高新区\u00a0 \n下一行　')).toBe('徐州 高新区\n下一行');
});
