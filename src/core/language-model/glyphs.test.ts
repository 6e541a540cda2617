import { expect, it } from 'vitest';
import { Glyphs } from './glyphs.ts';

// Glyphs of our own, 16 rows of 16 pixels: 一 and 丁 share their right half and differ on the
// left; 七 is 一 with one pixel more.
const rows = (pattern: (row: number) => number) => Array.from({ length: 16 }, (_, r) => pattern(r).toString(16).padStart(4, '0')).join('');
const hex = [
  `4E00:${rows((r) => (r >= 2 && r < 14 ? 0xf03f : 0))}`,
  `4E01:${rows((r) => (r >= 2 && r < 14 ? 0x0f3f : 0))}`,
  `4E03:${rows((r) => (r >= 2 && r < 14 ? 0xf03f : r === 15 ? 0x0001 : 0))}`,
].join('\n');

it('measures how alike two whole glyphs are', () => {
  const g = new Glyphs(hex);
  expect(g.likeness('一', '七')).toBeGreaterThan(0.95);
  expect(g.likeness('一', '丁')).toBeLessThan(0.7);
  expect(g.lookAlikes('一', 1)).toEqual([{ char: '七', likeness: g.likeness('一', '七') }]);
});

it('sees the component two glyphs share where it stands', () => {
  const g = new Glyphs(hex);
  expect(g.componentLikeness('一', '丁')).toBe(1);
  expect(g.componentLikeness('一', '未知')).toBe(0);
});

it('with a floor, finds the same look-alikes as a full search cut at that floor', () => {
  const g = new Glyphs(hex);
  for (const floor of [0.5, 0.9, 0.99])
    for (const ch of ['一', '丁', '七']) {
      const full = g.lookAlikes(ch, 2).filter((l) => l.likeness >= floor);
      expect(g.lookAlikes(ch, 2, floor)).toEqual(full);
    }
  expect(g.lookAlikes('一', 2, 0.9).map((l) => l.char)).toEqual(['七']);
});
