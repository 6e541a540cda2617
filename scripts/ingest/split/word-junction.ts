// Does a word run across a line break? `精准服|务` and `事业部总|经理` do; `只有更快|项目` does not.
// A dictionary segmentation (jieba, without guessing unknown words) of the characters on either
// side of the break tells; a word that straddles the break means the lines belong together.
import { segmentWords } from '../../../src/core/segment-words.ts';
import { UNITS } from './knobs.ts';


export function wordSpansBreak(before: string, after: string): boolean {
  return spanningWord(before, after) !== undefined;
}

/** The dictionary word that runs across the break, if any (`补|贴` → `补贴`). */
export function spanningWord(before: string, after: string): string | undefined {
  const left = Array.from(before.trimEnd()).slice(-UNITS.junctionSide).join('');
  const right = Array.from(after.trimStart()).slice(0, UNITS.junctionSide).join('');
  if (!/\p{Script=Han}$/u.test(left) || !/^\p{Script=Han}/u.test(right)) return undefined;
  let offset = 0;
  const boundary = left.length;
  for (const word of segmentWords(left + right)) {
    const end = offset + word.length;
    if (offset < boundary && end > boundary && Array.from(word).length >= 2) return word;
    offset = end;
  }
  return undefined;
}
