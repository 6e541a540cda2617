// Han text as the language model's words: jieba's segmentation (dictionary words only), and a
// word the model does not know split into words it does, the likeliest way (by their unigram
// probabilities); a character it does not know either stays unknown (undefined).
import { segmentWords } from '../segment-words.ts';
import type { LanguageModel } from './model.ts';

const MAX_WORD = 7;

export function modelWords(model: LanguageModel, text: string): Array<number | undefined> {
  return segmentWords(text).flatMap((word) => {
    const id = model.id(word);
    return id !== undefined ? [id] : splitUnknown(model, word);
  });
}

/** A word the model lacks, as the likeliest sequence of words it has. */
export function splitUnknown(model: LanguageModel, word: string): Array<number | undefined> {
  const chars = Array.from(word);
  const best: Array<{ score: number; from: number; id: number | undefined }> = [{ score: 0, from: -1, id: undefined }];
  const unknown = model.unknownLogProb();
  for (let end = 1; end <= chars.length; end++) {
    let pick = { score: best[end - 1]!.score + unknown, from: end - 1, id: undefined as number | undefined };
    for (let len = 1; len <= Math.min(MAX_WORD, end); len++) {
      const id = model.id(chars.slice(end - len, end).join(''));
      if (id === undefined) continue;
      const score = best[end - len]!.score + model.unigram(id);
      if (score > pick.score) pick = { score, from: end - len, id };
    }
    best.push(pick);
  }
  const out: Array<number | undefined> = [];
  for (let at = chars.length; at > 0; at = best[at]!.from) out.unshift(best[at]!.id);
  return out;
}
