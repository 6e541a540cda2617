import { describe, expect, it } from 'vitest';
import { undoubleFakeBold, undoubleLine } from './fake-bold.ts';

describe('undoubleLine', () => {
  it.each([
    ['徐州高新区徐州高新区：：激活发展新动能激活发展新动能', '徐州高新区：激活发展新动能'],
    ['11--77月经济运行稳中有进月经济运行稳中有进', '1-7月经济运行稳中有进'],
    ['上半年工业总产值同比增长上半年工业总产值同比增长1818..33%%', '上半年工业总产值同比增长18.3%'],
    ['““政采贷政采贷””力助中小企业跑起来力助中小企业跑起来', '“政采贷”力助中小企业跑起来'],
    ['图片来源图片来源：：中山火炬开发中山火炬开发区区', '图片来源：中山火炬开发区'],
    ['淄博高新区淄博高新区：：', '淄博高新区：'],
  ])('undoes %s', (input, expected) => {
    expect(undoubleLine(input)).toBe(expected);
  });
  it.each(['人人常常谢谢', '2000', '谢谢谢谢', '哈哈哈哈哈哈', '——————', '▶▶ 王继红 姜城程', '徐州高新区：激活发展新动能', '研究研究'])(
    'leaves real text alone: %s',
    (input) => {
      expect(undoubleLine(input)).toBeUndefined();
      expect(undoubleFakeBold(input)).toBe(input);
    },
  );
  it('is idempotent', () => {
    const once = undoubleFakeBold('海口高新区海口高新区：：');
    expect(undoubleFakeBold(once)).toBe(once);
  });
});
