import { describe, expect, it } from 'vitest';
import { LanguageModel } from '../../../src/core/language-model/model.ts';
import { readArpa } from '../../../src/core/language-model/read-arpa.ts';
import { modelGain, modelHead, modelTail } from './model-gain.ts';

// A tiny model of our own: 支持 is likely after 产业, 名单 is not.
const ARPA = [
  '\\data\\',
  'ngram 1=5',
  'ngram 2=2',
  '',
  '\\1-grams:',
  '-2\t完善\t0',
  '-2\t产业\t-0.5',
  '-2\t支持\t0',
  '-2\t名单\t0',
  '-2\t政策\t0',
  '',
  '\\2-grams:',
  '-0.3\t产业 支持\t0',
  '-0.5\t支持 政策\t0',
  '',
  '\\end\\',
];

describe('the language model across a join', () => {
  it('gains where the right side is likelier after the left, and loses where it is not', async () => {
    const model = new LanguageModel(await readArpa(ARPA));
    const left = modelTail(model, '要完善产业');
    expect(modelGain(model, left, modelHead(model, '支持政策。'))).toBeGreaterThan(1);
    expect(modelGain(model, left, modelHead(model, '名单政策。'))).toBeLessThan(0);
  });

  it('gives no evidence across a mark', async () => {
    const model = new LanguageModel(await readArpa(ARPA));
    expect(modelGain(model, modelTail(model, '完善产业。'), modelHead(model, '支持政策'))).toBe(0);
  });
});
