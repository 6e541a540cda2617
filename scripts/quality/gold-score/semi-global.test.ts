import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { semiGlobalDistance } from './semi-global.ts';

/** The definition: the smallest edit distance from the gold text to any stretch of the output. */
function bruteForce(gold: string, output: string): number {
  let best = gold.length;
  for (let i = 0; i <= output.length; i++) for (let j = i; j <= output.length; j++) best = Math.min(best, distance(gold, output.slice(i, j)));
  return best;
}

describe('semiGlobalDistance', () => {
  it('costs nothing for text around the matching stretch', () => {
    expect(semiGlobalDistance('高新区', '本报讯高新区消息')).toBe(0);
  });
  it('counts substitutions, gaps and missing text inside the stretch', () => {
    expect(semiGlobalDistance('甲乙丙丁', '甲乙X丙丁')).toBe(1);
    expect(semiGlobalDistance('甲乙丙丁', '甲乙丙')).toBe(1);
    expect(semiGlobalDistance('甲乙丙丁', '甲Z丙丁')).toBe(1);
  });
  it('is the length of the gold text against an empty output, and 0 for an empty gold text', () => {
    expect(semiGlobalDistance('甲乙', '')).toBe(2);
    expect(semiGlobalDistance('', '甲乙')).toBe(0);
  });
  it('counts a character outside the BMP as one', () => {
    expect(semiGlobalDistance('𠀀甲', '乙𠀁甲')).toBe(1);
  });
  it('equals the minimum over all stretches on random short texts', () => {
    let seed = 7;
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31);
    const text = (n: number) => Array.from({ length: n }, () => 'abc'[next() % 3]).join('');
    for (let k = 0; k < 300; k++) {
      const gold = text(next() % 6);
      const output = text(next() % 9);
      expect(semiGlobalDistance(gold, output), `${gold} in ${output}`).toBe(bruteForce(gold, output));
    }
  });
});
