import { describe, expect, it } from 'vitest';
import { Glyphs } from '../../../../src/core/language-model/glyphs.ts';
import { LanguageModel } from '../../../../src/core/language-model/model.ts';
import { readArpa } from '../../../../src/core/language-model/read-arpa.ts';
import { proposes } from '../../../quality/misread-quality.ts';
import { findSuspects } from './find-suspects.ts';

// A tiny model that knows 开展 免费 诊断 as a likely run; glyphs of our own where 兔 and 免 differ
// by one dot of ink.
const ARPA = ['\\data\\', 'ngram 1=4', 'ngram 2=2', '', '\\1-grams:', '-2\t开展\t-0.3', '-2\t免费\t-0.3', '-2\t诊断\t0', '-3\t企业\t0', '', '\\2-grams:', '-0.2\t开展 免费\t0', '-0.2\t免费 诊断\t0', '', '\\end\\'];
const glyph = (code: string, ink: string) => `${code}:${ink.padEnd(64, '0')}`;
const GLYPHS = [glyph('514D', 'FFFF0000FFFF0000FFFF'), glyph('5154', 'FFFF0000FFFF0000FFFF0001'), glyph('4F01', '0F0F')].join('\n');

describe('suspected misreads', () => {
  it('flags a look-alike that makes a word the model reads much likelier, with its proposal', async () => {
    const sources = { model: new LanguageModel(await readArpa(ARPA)), glyphs: new Glyphs(GLYPHS) };
    const [suspect, ...rest] = findSuspects('x.txt', [{ line: 7, text: '为企业开展兔费诊断。' }], sources);
    expect(rest).toEqual([]);
    expect(suspect).toMatchObject({ file: 'x.txt', line: 7, found: '兔费', proposal: '免费' });
    expect(suspect!.reason).toMatch(/字形相近/u);
  });

  it('flags nothing in text that reads well, and keeps within one flag per 1,500 characters', async () => {
    const sources = { model: new LanguageModel(await readArpa(ARPA)), glyphs: new Glyphs(GLYPHS) };
    expect(findSuspects('x.txt', [{ line: 1, text: '为企业开展免费诊断。' }], sources)).toEqual([]);
    const many = Array.from({ length: 10 }, (_, i) => ({ line: i + 1, text: '为企业开展兔费诊断。' }));
    expect(findSuspects('x.txt', many, sources)).toHaveLength(1);
  });

  it('never flags inside a person’s name, though the same characters elsewhere are flagged', async () => {
    const arpa = ['\\data\\', 'ngram 1=2', '', '\\1-grams:', '-1\t传说\t0', '-3\t这个\t0', '', '\\end\\'];
    // 伟 and 传 drawn alike (our own glyphs).
    const alike = [glyph('4F1F', 'FFFF0000FFFF0000FFFF'), glyph('4F20', 'FFFF0000FFFF0000FFFF0001')].join('\n');
    const sources = { model: new LanguageModel(await readArpa(arpa)), glyphs: new Glyphs(alike) };
    expect(findSuspects('x.txt', [{ line: 1, text: '工程师顾佳伟说，这是第一步。' }], sources)).toEqual([]);
    expect(findSuspects('x.txt', [{ line: 1, text: '这个伟说流传很广。' }], sources).map((x) => x.proposal)).toContain('传说');
  });

  it('counts a suspect as a known misread found when its proposal puts back the correction', () => {
    expect(proposes({ found: '兔费', proposal: '免费' }, { from: '开展兔费诊断', to: '开展免费诊断' })).toBe(true);
    expect(proposes({ found: '兔费', proposal: '收费' }, { from: '开展兔费诊断', to: '开展免费诊断' })).toBe(false);
  });
});
