import { describe, expect, it } from 'vitest';
import { across, boldChars, boldRuns, displayWidth, insertAfter, letterSpace, wrap } from './layout.ts';
import { Noise } from './noise.ts';
import { Random } from './random.ts';

describe('wrap', () => {
  it('fills lines of the column width, the first indented', () => {
    expect(wrap('甲乙丙丁戊己庚辛壬癸', 4, 2)).toEqual(['甲乙', '丙丁戊己', '庚辛壬癸']);
  });
  it('hangs closing punctuation at the line end and keeps opening punctuation off it', () => {
    expect(wrap('甲乙丙丁。戊', 4)).toEqual(['甲乙丙丁。', '戊']);
    expect(wrap('甲乙丙“丁戊”', 4)).toEqual(['甲乙丙', '“丁戊”']);
  });
  it('keeps a Latin word whole, breaking it only at a soft-hyphen point with ⁃', () => {
    expect(wrap('甲乙丙Chip¦let', 5)).toEqual(['甲乙丙Chip⁃', 'let']);
    expect(wrap('甲乙丙丁LED', 4)).toEqual(['甲乙丙丁', 'LED']);
  });
});

describe('fake bold and spreading', () => {
  it('doubles characters, or runs of the same kind', () => {
    expect(boldChars('甲乙 丙')).toBe('甲甲乙乙 丙丙');
    expect(boldRuns('甲乙：18%')).toBe('甲乙甲乙：：1818%%');
  });
  it('spreads a line into letter-spaced words', () => {
    expect(letterSpace('甲乙12.5%丙')).toBe('甲 乙 12.5% 丙');
  });
});

describe('across', () => {
  it('reads the i-th line of each column into one OCR line, keeping a later column where it was when an earlier one ends', () => {
    const lines = across(
      [
        ['甲乙', '丙'],
        ['子丑', '寅卯'],
      ],
      [2, 2],
      new Random(1),
    );
    expect(lines[0]).toMatch(/^甲乙 +子丑$/u);
    expect(lines[1]).toMatch(/^丙 +寅卯$/u);
    expect(displayWidth(lines[1]!.split(/ +/u)[0]!)).toBe(2);
  });
});

describe('insertAfter', () => {
  it('inserts after the first line holding the anchor, whitespace ignored, and names a missing anchor', () => {
    expect(insertAfter(['甲 乙', '丙'], '甲乙', ['X'])).toEqual(['甲 乙', 'X', '丙']);
    expect(() => insertAfter(['甲'], '乙', [])).toThrow('anchor not found: 乙');
  });
});

describe('Noise', () => {
  it('is the same for the same seed, and reads punctuation half-width when told to', () => {
    const line = '园区新建厂房，引进项目（一期）30个：“好”';
    expect(new Noise(new Random(5)).line(line)).toBe(new Noise(new Random(5)).line(line));
    expect(new Noise(new Random(5), { half: 1, asciiSpace: 0, stray: 0, straightQuotes: true }).line(line)).toBe('园区新建厂房,引进项目(一期)30个:"好"');
  });
});
