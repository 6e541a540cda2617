import { expect, it } from 'vitest';
import { classify, isProperNoun } from './word-classes.ts';

const w = (word: string, tag: string) => ({ word, tag });

it('stops at punctuation, digits, and single function characters', () => {
  expect(classify(w('，', 'x'))).toBe('stop');
  expect(classify(w('2023', 'm'))).toBe('stop');
  expect(classify(w('的', 'uj'))).toBe('stop');
  expect(classify(w('与', 'p'))).toBe('stop');
});
it('takes other single characters as parts of a firm’s own name, whatever jieba tags them', () => {
  expect(classify(w('鑫', 'nr'))).toBe('name');
  expect(classify(w('达', 'v'))).toBe('name');
});
it('stops at verbs that introduce names and at count words', () => {
  expect(classify(w('落户', 'v'))).toBe('stop');
  expect(classify(w('两家', 'm'))).toBe('stop');
  expect(classify(w('以下', 'f'))).toBe('stop');
});
it('takes a place as a name word even when jieba calls it an adjective', () => {
  expect(classify(w('常熟', 'a'))).toBe('name');
});
it('calls other verbs and adjectives soft, and verbs usual in names name words', () => {
  expect(classify(w('导航', 'v'))).toBe('soft');
  expect(classify(w('新型', 'b'))).toBe('soft');
  expect(classify(w('控股', 'v'))).toBe('name');
  expect(classify(w('芯片', 'n'))).toBe('name');
  expect(classify(w('TCL', 'eng'))).toBe('name');
});
it('knows proper nouns of two characters or more', () => {
  expect(isProperNoun(w('华为', 'nr'))).toBe(true);
  expect(isProperNoun(w('华', 'ns'))).toBe(false);
  expect(isProperNoun(w('芯片', 'n'))).toBe(false);
});
