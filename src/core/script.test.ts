import { describe, expect, it } from 'vitest';
import { detectScript, simplifiedChars, traditionalShare } from './script.ts';

describe('simplifiedChars', () => {
  it('reads Traditional as Simplified, one character for one', () => {
    const printed = '發佈時間：2023年 科學園區';
    const simple = simplifiedChars(printed);
    expect(simple).toBe('发布时间：2023年 科学园区');
    expect(Array.from(simple)).toHaveLength(Array.from(printed).length);
  });
  it('leaves Simplified and Latin text as it is', () => {
    expect(simplifiedChars('软件园 Web3')).toBe('软件园 Web3');
  });
});

describe('detectScript', () => {
  it('tells a Traditional clipping from a Simplified one', () => {
    expect(detectScript('香港科學園的初創企業上半年融資額創新高，數碼港亦錄得增長。')).toBe('hant');
    expect(detectScript('香港科学园的初创企业上半年融资额创新高，数码港亦录得增长。')).toBe('hans');
  });
  it('counts only Han characters', () => {
    expect(traditionalShare('2023 Web3 ABC')).toBe(0);
  });
});
