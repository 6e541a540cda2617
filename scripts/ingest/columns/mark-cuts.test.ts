import { describe, expect, it } from 'vitest';
import { lostEnd, markLostEnd } from './mark-cuts.ts';

describe('a column end the OCR lost', () => {
  it('is a line stopping mid-word before a heading, a numbered paragraph or the article’s end', () => {
    expect(lostEnd('一定要有完善的产业链支', undefined, true)).toBe(true);
    expect(lostEnd('让人们充分分享服', '“7”，即完善七个方面', false)).toBe(true);
    expect(lostEnd('举办中英、中法创新创', '五是完善成果转化体系', true)).toBe(true);
  });

  it('is not a line that ends a word, nor one the next line may go on with', () => {
    expect(lostEnd('凝聚着服务人才的一片', undefined, true)).toBe(false);
    expect(lostEnd('一定要有完善的产业链支', '持政策。', true)).toBe(false);
    expect(markLostEnd('产业链支 ')).toBe('产业链支〔下缺〕');
  });
});
