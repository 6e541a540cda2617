import { expect, it } from 'vitest';
import { removeCjkSpaces } from './spaces.ts';

it.each([
  ['研 发', '研发'],
  ['去年 4 月开工建设', '去年4月开工建设'],
  ['增 长 25.6% ，占 全 部 投 资', '增长25.6%，占全部投资'],
  ['创新 CUBE 半导体', '创新CUBE半导体'],
  ['高端商贸商务核心： 潮玩佳地', '高端商贸商务核心：潮玩佳地'],
])('removes OCR spaces: %s', (input, expected) => {
  expect(removeCjkSpaces(input)).toBe(expected);
});
it('keeps spaces inside Latin phrases', () => {
  expect(removeCjkSpaces('Hello  world, 3 items')).toBe('Hello world, 3 items');
  expect(removeCjkSpaces('瑞士 IBI Group 公司')).toBe('瑞士IBI Group公司');
});
it('keeps the ideographic space of headlines', () => {
  expect(removeCjkSpaces('精准滴灌　靶向出击')).toBe('精准滴灌　靶向出击');
});
