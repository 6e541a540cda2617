import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation } from './punctuation.ts';

describe('fullWidthPunctuation', () => {
  it.each([
    ['2009年,他作为', '2009年，他作为'],
    ['泉山:多维度凝聚科技力量', '泉山：多维度凝聚科技力量'],
    ['建设高水平新型研发机构;重点建设', '建设高水平新型研发机构；重点建设'],
    ['高新技术企业怎么申报?需要哪些流程?', '高新技术企业怎么申报？需要哪些流程？'],
    ['弗迪电池有限公司(比亚迪全资子公司)在深圳', '弗迪电池有限公司（比亚迪全资子公司）在深圳'],
    ['徐州市科技创新"1247"行动计划', '徐州市科技创新“1247”行动计划'],
    ['"1",即优化一个中心布局', '“1”，即优化一个中心布局'],
    ['他说:"好。"又说:"行。"', '他说：“好。”又说：“行。”'],
  ])('%s', (input, expected) => {
    expect(fullWidthPunctuation(input)).toBe(expected);
  });
  it('keeps decimals, thousands, times and ratios half-width', () => {
    expect(fullWidthPunctuation('增长18.3%，共1,000元，10:30开会，比分3:2')).toBe('增长18.3%，共1,000元，10:30开会，比分3:2');
  });
  it('leaves URLs and Latin text alone', () => {
    expect(fullWidthPunctuation('见 https://example.org/a?b=1,2 页')).toBe('见 https://example.org/a?b=1,2 页');
    expect(fullWidthPunctuation('Hello, world: (yes)?')).toBe('Hello, world: (yes)?');
    expect(fullWidthPunctuation('CSR60(A13)')).toBe('CSR60(A13)');
  });
  it('is idempotent', () => {
    const once = fullWidthPunctuation('徐州"1247"计划(草案),见:附件');
    expect(fullWidthPunctuation(once)).toBe(once);
  });
});

it('makes a pair read half full-width, half half-width, all full-width', () => {
  expect(fullWidthPunctuation('（一)主要指标完成情况')).toBe('（一）主要指标完成情况');
  expect(fullWidthPunctuation('(四）下半年工作安排')).toBe('（四）下半年工作安排');
});
