import { describe, expect, it } from 'vitest';
import type { NameEntry } from '../search-data.ts';
import { excerpt, highlight } from './excerpt.ts';
import { fold, holdsAll, queryWords } from './fold.ts';
import { indexedTerms, pairsOfRun, proposedExactly, queryTerms, wordTerms } from './bigrams.ts';
import { MAX_PAIRS_PER_WORD } from './knobs.ts';
import { matchNames, suggestNames } from './names.ts';

const marked = (segments: Array<{ text: string; mark: boolean }>) => segments.map((s) => (s.mark ? `[${s.text}]` : s.text)).join('');

describe('folding and words', () => {
  it('folds full-width Latin and case without changing the length', () => {
    expect(fold('ＢＹＤ与Ｍｉｃｒｏ LED')).toBe('byd与micro led');
    expect(fold('ＡＢ１２')).toHaveLength(4);
  });
  it('splits a query into its words at spaces and punctuation, each once', () => {
    expect(queryWords(' 比亚迪，弗迪电池  比亚迪 ')).toEqual(['比亚迪', '弗迪电池']);
    expect(queryWords('Micro-LED')).toEqual(['micro', 'led']);
    expect(queryWords('。，')).toEqual([]);
  });
  it('holds a word only where it is written whole', () => {
    expect(holdsAll(fold('徐州高新区开通高铁'), ['徐州高铁'])).toBe(false);
    expect(holdsAll(fold('徐州高铁站开通'), ['徐州高铁'])).toBe(true);
  });
});

describe('character pairs (what Pagefind indexes and is asked for)', () => {
  const indexed = (text: string) => new Set(indexedTerms(fold(text)).split(' '));
  it('indexes every run of a text as its pairs, a one-character run as itself, each once', () => {
    expect(indexedTerms(fold('徐州高新区，徐州。A'))).toBe('徐州 州高 高新 新区 a');
  });
  it('asks for a word by pairs its every holder has indexed, Latin and digits folded alike', () => {
    const doc = indexed('项目位于徐州高铁站旁，投资１２亿元。Micro-LED芯片');
    for (const word of ['徐州', '高铁站', '徐州高铁', '项目位于徐州高铁站旁', '12亿', 'led芯片', 'micro'])
      for (const term of queryTerms(queryWords(word))) expect(doc.has(term), `${word}: ${term}`).toBe(true);
  });
  it('does not pair across punctuation or spaces', () => {
    const doc = indexed('徐州，高铁 站');
    expect(doc.has('州高')).toBe(false);
    expect(doc.has('铁站')).toBe(false);
    expect(doc.has('高铁')).toBe(true);
  });
  it('pairs characters outside the BMP whole', () => {
    expect(pairsOfRun('徐𠀀州')).toEqual(['徐𠀀', '𠀀州']);
  });
  it('does not ask for a one-character word, and keeps a long word to a few pairs spread over it', () => {
    expect(wordTerms('徐')).toBeUndefined();
    expect(queryTerms(['徐', '网易'])).toEqual(['网易']);
    const terms = wordTerms('一二三四五六七八九十')!;
    expect(terms).toHaveLength(MAX_PAIRS_PER_WORD);
    // The first and the last pair are asked first: together they span the word.
    expect(terms.slice(0, 2)).toEqual(['一二', '九十']);
    expect(queryTerms(['比亚迪', '钠离子电池'])).toEqual(['比亚', '钠离', '亚迪', '电池', '离子', '子电']);
  });
  it('knows which words Pagefind answers exactly: two characters, one pair', () => {
    expect(proposedExactly('网易')).toBe(true);
    expect(proposedExactly('比亚迪')).toBe(false);
  });
});

describe('excerpts', () => {
  const text = '本报讯 近日，项目签约。比亚迪与徐州经开区签约，弗迪电池项目落地。其他内容。';
  it('shows the sentence holding most of the words, every word marked', () => {
    expect(marked(excerpt(text, ['比亚迪', '弗迪电池']))).toBe('[比亚迪]与徐州经开区签约，[弗迪电池]项目落地。');
  });
  it('cuts a long sentence around the first word', () => {
    const long = `${'前'.repeat(80)}网易${'后'.repeat(80)}。`;
    const shown = marked(excerpt(long, ['网易']));
    expect(shown.startsWith('…前')).toBe(true);
    expect(shown.endsWith('后…')).toBe(true);
    expect(shown).toContain('[网易]');
  });
  it('marks words whatever their width or case', () => {
    expect(marked(highlight('ＢＹＤ和byd', ['byd']))).toBe('[ＢＹＤ]和[byd]');
  });
  it('keeps the closing quote with its sentence', () => {
    expect(marked(excerpt('他说：“网易来了。”后来呢？', ['网易']))).toBe('他说：“[网易]来了。”');
  });
  it('falls back to the lead, unmarked, when only the title holds the words', () => {
    expect(marked(excerpt('第一句。第二句。', ['标题']))).toBe('第一句。');
  });
});

describe('names', () => {
  const names: NameEntry[] = [
    { name: '中润新能源（徐州）有限公司', other: ['中润新能源'], kind: 'companies', href: '/companies/a/', count: 1 },
    { name: '徐州经济技术开发区', other: ['徐州经开区'], kind: 'parks', href: '/parks/c/', count: 3 },
    { name: '徐州高新技术产业开发区', other: ['徐州高新区'], kind: 'parks', href: '/parks/g/', count: 5 },
    { name: '数字智谷产业园', other: [], kind: 'parks', href: '/parks/s/', count: 2 },
    { name: '比亚迪', other: [], kind: 'companies', href: '/companies/d/', count: 3 },
  ];
  const hrefs = (m: Array<{ entry: NameEntry }>) => m.map((x) => x.entry.href);
  it('finds the names a query means: whole, inside the query, or partial', () => {
    expect(matchNames(['比亚迪'], names)).toEqual([{ entry: names[4], whole: true }]);
    expect(hrefs(matchNames(['中润'], names))).toEqual(['/companies/a/']);
    expect(matchNames(['中润'], names)[0]!.whole).toBe(false);
    expect(hrefs(matchNames(['中润新能源', '徐州', '有限公司'], names))[0]).toBe('/companies/a/');
    expect(hrefs(matchNames(['徐州经开区', '钠离子电池'], names))[0]).toBe('/parks/c/');
    expect(matchNames(['电池'], names)).toEqual([]);
  });
  it('suggests names near in name, never for a single shared character', () => {
    expect(suggestNames(['不存在的名字'], names)).toEqual([]);
    expect(suggestNames(['徐州高铁'], names).map((n) => n.href)).toContain('/parks/g/');
    expect(suggestNames(['迪士尼乐园'], names)).toEqual([]);
    expect(suggestNames(['徐州开发区的火星基地'], names).map((n) => n.href)).toContain('/parks/c/');
  });
});
