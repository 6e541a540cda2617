import { describe, expect, it } from 'vitest';
import { fullWidthPunctuation } from './punctuation.ts';
import { quoteDirections } from './pair-quotes.ts';

describe('quoteDirections', () => {
  it('pairs quotes by count where nothing says otherwise', () => {
    expect(quoteDirections(['造', '+'], ['互', '共'], [4])).toEqual([true, false]);
  });

  it('finds the stray quote instead of flipping every pair after it', () => {
    // 布局"大… (its partner lost) … 打造"互联网+"共享
    expect(quoteDirections(['局', '造', '+'], ['大', '互', '共'], [40, 4])).toEqual([true, true, false]);
  });

  it('follows the neighbours: after a colon a quote opens, before a full stop it closes', () => {
    expect(quoteDirections(['：', '。'], ['好', '又'], [2])).toEqual([true, false]);
    expect(quoteDirections(['业'], ['。'], [])).toEqual([false]);
    expect(quoteDirections(['：'], ['好'], [])).toEqual([true]);
  });
});

describe('in the punctuation step', () => {
  it('keeps the later pairs right after a quote whose partner was lost', () => {
    expect(fullWidthPunctuation('新业态:大力布局"大ICT产业巨头和华为、中兴等国内龙头企业都已入驻徐州。新模式:该市打造"互联网+"共享新模式')).toBe(
      '新业态：大力布局“大ICT产业巨头和华为、中兴等国内龙头企业都已入驻徐州。新模式：该市打造“互联网+”共享新模式',
    );
  });

  it('pairs speech with its full stop inside', () => {
    expect(fullWidthPunctuation('他说:"好。"又说:"行。"')).toBe('他说：“好。”又说：“行。”');
  });
});
