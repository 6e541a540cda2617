import { describe, expect, it } from 'vitest';
import { codePoints, lenient, pyLen, strict } from './python-text.ts';

describe('strict', () => {
  it('drops Markdown heading, quote and list marks at line starts, and emphasis', () => {
    expect(strict('## 小标题\n> 引文\n- 一项\n正文**加粗**_斜_')).toBe('小标题引文一项正文加粗斜');
  });
  it('keeps a dash that is not a list mark', () => {
    expect(strict('甲-乙\n-1℃')).toBe('甲-乙-1℃');
  });
  it('keeps the text of links and images, drops inline HTML', () => {
    expect(strict('见[园区](https://x.org)和![图](a.png)<br>。')).toBe('见园区和图。');
  });
  it('drops an editor mark of up to six characters in 〔〕, keeps a longer one', () => {
    expect(strict('前文〔下缺〕后文')).toBe('前文后文');
    expect(strict('〔这是七个字的话〕')).toBe('〔这是七个字的话〕');
  });
  it("removes whitespace as Python's \\s sees it: U+001C and U+3000 go, U+FEFF stays", () => {
    expect(strict('甲\u001c乙\u3000丙\ufeff丁 \t\n戊')).toBe('甲乙丙\ufeff丁戊');
  });
  it('treats a carriage return as text start only after a line feed', () => {
    // Python's ^ under re.M follows "\n" only; "\u2028# x" is not a heading start there.
    expect(strict('甲\u2028# 乙')).toBe('甲#乙');
  });
});

describe('lenient', () => {
  it('folds full-width forms, quotes, dashes and the ellipsis', () => {
    expect(lenient('１２％“甲”「乙」‘丙’——…')).toBe('12%"甲""乙"\'丙\'-...');
  });
  it('drops 本报讯 only at the very start', () => {
    expect(lenient('本报讯 某区消息')).toBe('某区消息');
    expect(lenient('某区本报讯')).toBe('某区本报讯');
  });
});

describe('code points', () => {
  it('counts a character outside the BMP once, as Python does', () => {
    expect(pyLen('𠀀甲')).toBe(2);
    expect(Array.from(codePoints('a𠀀'))).toEqual([0x61, 0x20000]);
  });
});
