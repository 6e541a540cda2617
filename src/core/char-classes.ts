// Character classes both the cleaner and the site read text by: Han ideographs and the
// full-width punctuation of GB/T 15834.

export const HAN = '\\p{Script=Han}';
/** One Han ideograph (no flags that keep state, so `.test` may be called on any string). */
export const HAN_RE = /\p{Script=Han}/u;
/** Full-width punctuation that may not be separated from Chinese text by a space. */
export const CJK_PUNCT = '，。、；：？！“”‘’（）《》〈〉【】『』「」〔〕—…·～　';
/** A Han ideograph or a full-width punctuation mark. */
export const CJK_CLASS = `[${CJK_PUNCT}\\p{Script=Han}]`;

const CJK_RE = new RegExp(CJK_CLASS, 'u');

export function isHan(ch: string): boolean {
  return HAN_RE.test(ch);
}

export function isCjk(ch: string): boolean {
  return CJK_RE.test(ch);
}

/** Does the text hold any Han ideograph? (Most text nodes of a page are spaces, digits or Latin.) */
export function hasHan(text: string): boolean {
  return HAN_RE.test(text);
}

export function countHan(text: string): number {
  let n = 0;
  for (const ch of text) if (HAN_RE.test(ch)) n++;
  return n;
}
