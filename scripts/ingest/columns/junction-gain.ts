// How much likelier the text across a join reads as one run than as two: a unigram word model
// over jieba's dictionary (word frequencies from a large Chinese corpus). The best segmentation's
// log probability of the characters on both sides together, minus that of each side alone, is the
// pointwise mutual information of the join: about 0 where the best reading breaks at the join
// anyway, large where a common word runs across it (深|化 ≈ 7) and small for a rare word that
// happens to fit (深|发展 → 深发展, a bank's name, ≈ 1.4).
import { wordFrequencies } from '../../../src/core/word-frequencies.ts';
import { TextMemory } from '../../../src/core/remember-by-text.ts';
import { DANGLING_RATIO, UNIGRAM_MAX_WORD, UNIGRAM_SIDE } from './knobs.ts';

interface WordModel {
  /** ln P(word), or undefined for a string the dictionary lacks. */
  logProb(word: string): number | undefined;
  unknown: number;
  /** For each character, the characters that follow it inside some dictionary word: no word
   * spans a join whose two sides are not such a pair. */
  followers: Map<string, Set<string>>;
  /** For each character, how often words of two or more characters start with it. */
  startsWords: Map<string, number>;
  /** How often each character is a word by itself. */
  alone: Map<string, number>;
}

let model: WordModel | undefined;

function wordModel(): WordModel {
  if (model) return model;
  const { count, total } = wordFrequencies();
  const logTotal = Math.log(total);
  const followers = new Map<string, Set<string>>();
  const startsWords = new Map<string, number>();
  const alone = new Map<string, number>();
  for (const [word, n] of count) {
    const chars = Array.from(word);
    if (chars.length === 1) alone.set(word, n);
    else startsWords.set(chars[0]!, (startsWords.get(chars[0]!) ?? 0) + n);
    for (let i = 1; i < chars.length; i++) {
      let set = followers.get(chars[i - 1]!);
      if (!set) followers.set(chars[i - 1]!, (set = new Set()));
      set.add(chars[i]!);
    }
  }
  const logProb = (word: string): number | undefined => {
    const n = count.get(word);
    return n === undefined ? undefined : Math.log(n) - logTotal;
  };
  model = { logProb, unknown: -logTotal, followers, startsWords, alone };
  return model;
}

// The same fragment ends and starts are weighed against many others.
const segmentations = new TextMemory<number>(50_000);

/** Log probability of the likeliest segmentation of `chars` into dictionary words. */
export function segmentationLogProb(chars: readonly string[]): number {
  return segmentations.answer(chars.join(''), () => bestSegmentation(chars));
}

function bestSegmentation(chars: readonly string[]): number {
  const { logProb, unknown } = wordModel();
  const best = new Array<number>(chars.length + 1).fill(-Infinity);
  best[0] = 0;
  for (let end = 1; end <= chars.length; end++) {
    for (let len = 1; len <= Math.min(UNIGRAM_MAX_WORD, end); len++) {
      const word = chars.slice(end - len, end).join('');
      const p = logProb(word) ?? (len === 1 ? unknown : undefined);
      if (p === undefined) continue;
      best[end] = Math.max(best[end]!, best[end - len]! + p);
    }
  }
  return best[chars.length]!;
}

export const trailingHan = (text: string): string[] => {
  const chars = Array.from(text.trimEnd());
  const out: string[] = [];
  for (let i = chars.length - 1; i >= 0 && out.length < UNIGRAM_SIDE && /\p{Script=Han}/u.test(chars[i]!); i--) out.unshift(chars[i]!);
  return out;
};
export const leadingHan = (text: string): string[] => {
  const out: string[] = [];
  for (const ch of text.trimStart()) {
    if (out.length >= UNIGRAM_SIDE || !/\p{Script=Han}/u.test(ch)) break;
    out.push(ch);
  }
  return out;
};

/** Whether some dictionary word has these two characters side by side (may run across a join). */
export function mayRunAcross(last: string, first: string): boolean {
  return wordModel().followers.get(last)?.has(first) === true;
}

/** Evidence (in nats, ≥ 0) that the Han characters either side of the join belong together. */
export function junctionGain(before: string, after: string): number {
  return junctionGainOf(trailingHan(before), leadingHan(after));
}

/** The same, from the Han characters either side (at most four each), already picked out. */
export function junctionGainOf(left: readonly string[], right: readonly string[]): number {
  if (left.length === 0 || right.length === 0) return 0;
  // The common case, and cheap: no dictionary word has these two characters side by side.
  if (
    wordModel()
      .followers.get(left[left.length - 1]!)
      ?.has(right[0]!) !== true
  )
    return 0;
  const gain = segmentationLogProb([...left, ...right]) - segmentationLogProb(left) - segmentationLogProb(right);
  // Below a rounding error's size the join is simply not a word.
  return gain > 1e-9 ? gain : 0;
}

/**
 * Does the text stop in the middle of a word? True when it ends on a character that, by the
 * dictionary, far more often begins a longer word than stands alone, after a word boundary
 * (`…中法创新创`, `…模式，开`): a line whose end the OCR lost, not the end of a sentence.
 */
export function endsMidWord(text: string): boolean {
  const tail = trailingHan(text);
  if (tail.length === 0) return false;
  const { startsWords, alone } = wordModel();
  const last = tail.at(-1)!;
  // The last character must stand as a word of its own in the best reading of the end.
  const withLast = segmentationLogProb(tail);
  const withoutLast = segmentationLogProb(tail.slice(0, -1)) + (wordModel().logProb(last) ?? wordModel().unknown);
  if (tail.length > 1 && withLast > withoutLast + 1e-9) return false;
  return (startsWords.get(last) ?? 0) > DANGLING_RATIO * (alone.get(last) ?? 0);
}
