import { describe, expect, it } from 'vitest';
import { findTrailingTeasers, isFurnitureLine } from './furniture.ts';
import { toPageLines } from './lines.ts';

describe('isFurnitureLine', () => {
  it.each(['0 0', '. .', '扫描二维码 看更多精彩内容', 'X 关闭', '分享到', '返回顶部', '长按识别二维码关注我们'])('%s is furniture', (t) => {
    expect(isFurnitureLine(t)).toBe(true);
  });
  it.each(['2019年', '关闭了三家工厂。', '徐州高新区', 'A股黄金板块指数年内涨逾12%', '1、0523。'])('%s is not', (t) => {
    expect(isFurnitureLine(t)).toBe(false);
  });
});

describe('findTrailingTeasers', () => {
  it('finds where a saved web page turns into link teasers', () => {
    const page = ['正文第一段。', '正文第二段。', '本文的摘要重复一遍的...', '□本报记者胡杨A股上市银行年报披露告一段落,普遍交出了...', 'A股黄金板块指数年内涨逾12%', '同花顺数据中心显示,黔源电力5月8日获融资买入...', 'X 关闭'];
    const lines = toPageLines(page.join('\n'));
    expect(findTrailingTeasers(lines)).toBe(2);
  });
  it('finds nothing in an article that merely ends with an ellipsis', () => {
    const lines = toPageLines(['第一段。', '国产化完全替代了进口……', '第三段。'].join('\n'));
    expect(findTrailingTeasers(lines)).toBe(3);
  });
});
