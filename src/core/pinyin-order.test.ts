import { expect, it } from 'vitest';
import { byPinyin, comparePinyin } from './pinyin-order.ts';

it('orders names by pinyin, not by code point', () => {
  // By code point 阿 (U+963F) would come last.
  expect(['淄博', '徐州', '阿克苏', '北京'].sort(comparePinyin)).toEqual(['阿克苏', '北京', '徐州', '淄博']);
  expect([{ n: '徐州' }, { n: '阿克苏' }].sort(byPinyin((x) => x.n)).map((x) => x.n)).toEqual(['阿克苏', '徐州']);
});
