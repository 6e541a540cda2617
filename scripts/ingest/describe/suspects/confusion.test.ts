import { expect, it } from 'vitest';
import { Glyphs } from '../../../../src/core/language-model/glyphs.ts';
import { confusion, lookAlikeChars } from './confusion.ts';

const rows = (pattern: (row: number) => number) => Array.from({ length: 16 }, (_, r) => pattern(r).toString(16).padStart(4, '0')).join('');
// 一 and 七 nearly the same picture; 丁 shares 一's right half; 三 shares nothing with 一.
const glyphs = new Glyphs(
  [
    `4E00:${rows((r) => (r >= 2 && r < 14 ? 0xf03f : 0))}`,
    `4E03:${rows((r) => (r >= 2 && r < 14 ? 0xf03f : r === 15 ? 0x0001 : 0))}`,
    `4E01:${rows((r) => (r >= 2 && r < 14 ? 0x0f3f : 0))}`,
    `4E09:${rows((r) => (r < 2 ? 0xffff : 0))}`,
  ].join('\n'),
);

it('takes a look-alike glyph, or a shared component at a lesser weight, and nothing else', () => {
  expect(confusion(glyphs, '一', '七')).toMatchObject({ kind: 'glyph' });
  const component = confusion(glyphs, '一', '丁');
  expect(component?.kind).toBe('component');
  expect(component!.likeness).toBeLessThan(1);
  expect(confusion(glyphs, '一', '三')).toBeUndefined();
  expect(confusion(undefined, '一', '七')).toBeUndefined();
});

it('offers a character’s near-identical look-alikes as proposals on their own', () => {
  expect(lookAlikeChars(glyphs, '一')).toEqual(['七']);
});
