import { expect, it } from 'vitest';
import { keepCaptionSpaces, keepHeadlinePhraseSpace } from './heading-spaces.ts';

it('keeps the phrase space of a two-part headline as an ideographic space', () => {
  expect(keepHeadlinePhraseSpace('精准滴灌 靶向出击')).toBe('精准滴灌　靶向出击');
  expect(keepHeadlinePhraseSpace('决战三季度 跑出“加速度”')).toBe('决战三季度　跑出“加速度”');
  expect(keepHeadlinePhraseSpace('研 发')).toBe('研 发');
});
it('keeps the spaces of a photo credit', () => {
  expect(keepCaptionSpaces('江苏淮海科技城 马宁 摄')).toBe('江苏淮海科技城　马宁　摄');
});
