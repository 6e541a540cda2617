import { describe, expect, it } from 'vitest';
import { simplifiedQuotes, toSimplifiedWords, toTraditionalWords, traditionalQuotes } from './convert-script.ts';

describe('toTraditionalWords', () => {
  it.each([
    ['积蓄发展新动能', '積蓄發展新動能'],
    ['推动传统制造业升级', '推動傳統製造業升級'],
    ['两家企业签约落户', '兩家企業簽約落戶'],
    ['徐州信息谷', '徐州信息谷'],
    ['打造一个产业园', '打造一個產業園'],
  ])('converts %s word by word', (simplified, traditional) => {
    expect(toTraditionalWords(simplified)).toBe(traditional);
  });
  it('keeps Mainland words (软件 is 軟件, not 軟體)', () => {
    expect(toTraditionalWords('软件园')).toBe('軟件園');
  });
  it('leaves text without Han characters alone', () => {
    expect(toTraditionalWords('ABC 123，。')).toBe('ABC 123，。');
  });
});

describe('toSimplifiedWords', () => {
  it('reads a Hong Kong clipping in Simplified characters', () => {
    expect(toSimplifiedWords('香港科學園初創企業融資額創新高')).toBe('香港科学园初创企业融资额创新高');
  });
});

describe('quotation marks', () => {
  it('sets corner brackets for Traditional text and back', () => {
    expect(traditionalQuotes('他说：“打造‘链主’企业”')).toBe('他说：「打造『链主』企业」');
    expect(simplifiedQuotes('他說：「打造『鏈主』企業」')).toBe('他說：“打造‘鏈主’企業”');
  });
});
