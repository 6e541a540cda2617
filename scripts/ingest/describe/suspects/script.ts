// Is a paragraph in Traditional characters? The word model and jieba's dictionary are of
// Simplified Chinese, where every Traditional word would look like a misread.
import * as OpenCC from 'opencc-js';

const SHARE = 0.05;
let toSimplified: ((text: string) => string) | undefined;

export function isTraditional(text: string): boolean {
  toSimplified ??= OpenCC.Converter({ from: 'tw', to: 'cn' });
  const han = Array.from(text).filter((c) => /\p{Script=Han}/u.test(c));
  if (han.length === 0) return false;
  const simplified = Array.from(toSimplified(han.join('')));
  const changed = han.filter((c, i) => simplified[i] !== c).length;
  return changed > SHARE * han.length;
}
