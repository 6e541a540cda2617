import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { forgetLanguageModels, languageModel } from './load.ts';
import { LanguageModel } from './model.ts';
import { ArpaError, readArpa } from './read-arpa.ts';
import { writeTables } from './write-tables.ts';

// A tiny model of our own: log10 probabilities chosen so every back-off path gives a known value.
const ARPA = `
\\data\\
ngram 1=4
ngram 2=3
ngram 3=1

\\1-grams:
-1.0\t甲\t-0.5
-2.0\t乙\t-0.25
-3.0\t丙\t0
-1.5\t丁\t0

\\2-grams:
-0.3\t甲 乙\t-0.1
-0.7\t乙 丙\t0
-0.2\t丙 丁\t0

\\3-grams:
-0.05\t甲 乙 丙

\\end\\
`;

const ln = (log10: number) => log10 * Math.LN10;

describe('language model', () => {
  it('reads an ARPA model and backs off from trigram to bigram to unigram', async () => {
    const model = new LanguageModel(await readArpa(ARPA.split('\n')));
    const [甲, 乙, 丙, 丁] = ['甲', '乙', '丙', '丁'].map((w) => model.id(w)!);
    expect(model.logProb(丙!, [甲, 乙])).toBeCloseTo(ln(-0.05)); // trigram seen
    expect(model.logProb(丁!, [乙, 丙])).toBeCloseTo(ln(0 + -0.2)); // bigram 乙丙's back-off, then 丙丁
    expect(model.logProb(丁!, [甲, 乙])).toBeCloseTo(ln(-0.1 + -0.25 + -1.5)); // 甲乙 back-off, 乙 back-off, unigram
    expect(model.logProb(乙!, [甲])).toBeCloseTo(ln(-0.3));
    expect(model.logProb(丙!, [undefined])).toBeCloseTo(ln(-3.0)); // an unknown word cuts the context
    expect(model.sequenceLogProb([甲, 乙, 丙])).toBeCloseTo(ln(-1.0 + -0.3 + -0.05));
    expect(model.id('戊')).toBeUndefined();
  });

  it('refuses text that is not an ARPA model, naming the line', async () => {
    await expect(readArpa(['\\data\\', 'ngram 1=1', '\\1-grams:', '-1.0\t甲 乙\t0'])).rejects.toThrow(ArpaError);
    await expect(readArpa(['hello'])).rejects.toThrow(/no unigrams/);
  });

  it('writes tables that load back to the same probabilities, and says why when they are missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lm-test-'));
    const switched = process.env.ARCHIVE_LM;
    delete process.env.ARCHIVE_LM;
    try {
      forgetLanguageModels();
      const missing = languageModel(join(dir, 'none'));
      expect(missing.available).toBe(false);
      if (!missing.available) expect(missing.reason).toMatch(/not installed.*setup:language-model/);
      writeTables(dir, await readArpa(ARPA.split('\n')), { source: 'test', licence: 'test', copyright: 'test' });
      const status = languageModel(dir);
      expect(status.available).toBe(true);
      if (!status.available) return;
      const m = status.model;
      expect(m.logProb(m.id('丙')!, [m.id('甲'), m.id('乙')])).toBeCloseTo(ln(-0.05), 5);
      expect(m.logProb(m.id('丁')!, [m.id('甲'), m.id('乙')])).toBeCloseTo(ln(-0.1 + -0.25 + -1.5), 5);
    } finally {
      if (switched !== undefined) process.env.ARCHIVE_LM = switched;
      rmSync(dir, { recursive: true, force: true });
      forgetLanguageModels();
    }
  });
});
