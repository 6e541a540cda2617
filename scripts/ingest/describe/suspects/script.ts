// Is a paragraph in Traditional characters? The word model and jieba's dictionary are of
// Simplified Chinese, where every Traditional word would look like a misread.
import { traditionalShare } from '../../../../src/core/script.ts';

const SHARE = 0.05;

export function isTraditional(text: string): boolean {
  return traditionalShare(text) > SHARE;
}
