import { describe, expect, it } from 'vitest';
import { detectScript, printedForm, simplifiedChars, traditionalShare } from './script.ts';

describe('simplifiedChars', () => {
  it('reads Traditional as Simplified, one character for one', () => {
    const printed = '發佈時間：2023年 科學園區';
    const simple = simplifiedChars(printed);
    expect(simple).toBe('发布时间：2023年 科学园区');
    expect(simple.length).toBe(printed.length);
  });
  it('reads Hong Kong and Taiwan forms alike', () => {
    const printed = '臺灣軟體園區與東區碼頭';
    expect(simplifiedChars(printed)).toBe('台湾软体园区与东区码头');
  });
  it('leaves Simplified, Latin text and punctuation as they are', () => {
    expect(simplifiedChars('软件园 Web3')).toBe('软件园 Web3');
    expect(simplifiedChars('徐州高新区，ABC 123。')).toBe('徐州高新区，ABC 123。');
  });
});

describe('printedForm', () => {
  it('quotes a name found in the Simplified reading as printed', () => {
    const printed = '據報，灣區數據有限公司與學園合作。';
    expect(printedForm(printed, simplifiedChars(printed), '湾区数据有限公司')).toBe('灣區數據有限公司');
  });
  it('quotes a name the OCR spaced as printed, without its spaces', () => {
    const printed = '（記者 陳 明）';
    expect(printedForm(printed, simplifiedChars(printed), '陈明')).toBe('陳明');
  });
  it('gives back what was looked for when the reading does not hold it', () => {
    expect(printedForm('甲乙', '甲乙', '丙')).toBe('丙');
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
