import { describe, expect, it } from 'vitest';
import type { NameEntry } from '../search-data.ts';
import { excerpt, highlight } from './excerpt.ts';
import { fold, holdsAll, queryWords } from './fold.ts';
import { documentKeys, gramHash, wordKeys } from './grams.ts';
import { matchNames, suggestNames } from './names.ts';
import { decodeBucket, encodeBucket, intersect, union } from './postings.ts';

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

describe('n-gram keys', () => {
  it('looks a short word up by itself, a long one by triples every holder also holds', () => {
    expect(wordKeys('网易')).toEqual([gramHash('网易')]);
    expect(wordKeys('徐')).toBeUndefined();
    const doc = documentKeys(fold('项目位于徐州高铁站旁。'));
    for (const word of ['徐州', '高铁站', '徐州高铁', '项目位于徐州高铁站旁']) for (const key of wordKeys(word)!) expect(doc.has(key), word).toBe(true);
  });
  it('keys a text by the same hashes its n-grams have as strings, characters outside the BMP too', () => {
    const text = '徐州𠀀高铁ab';
    const expected = new Set<number>();
    const chars = Array.from(text);
    for (let i = 0; i < chars.length; i++) for (const n of [2, 3]) if (i + n <= chars.length) expected.add(gramHash(chars.slice(i, i + n).join('')));
    expect(documentKeys(text)).toEqual(expected);
  });
  it('does not key across punctuation', () => {
    const doc = documentKeys(fold('徐州，高铁'));
    expect(doc.has(gramHash('州高'))).toBe(false);
    expect(doc.has(gramHash('高铁'))).toBe(true);
  });
  it('keeps a long word to a few keys', () => {
    expect(wordKeys('一二三四五六七八九十')!.length).toBe(4);
  });
});

describe('postings', () => {
  it('round-trips keys and documents, large keys included', () => {
    const postings = new Map([
      [4_000_000_000, [0, 7, 300]],
      [5, [2]],
      [1_000_000, [1, 2, 3]],
    ]);
    const bytes = encodeBucket(postings);
    expect(decodeBucket(bytes, [5, 4_000_000_000, 9])).toEqual(
      new Map([
        [5, [2]],
        [4_000_000_000, [0, 7, 300]],
        [9, []],
      ]),
    );
  });
  it('intersects and unites sorted lists', () => {
    expect(intersect([[1, 3, 5, 9], [3, 9, 10], [0, 3, 9]])).toEqual([3, 9]);
    expect(intersect([[1], []])).toEqual([]);
    expect(union([[5, 1], [3, 1]])).toEqual([1, 3, 5]);
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
