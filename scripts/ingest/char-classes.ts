// Character classes of the cleaning steps: those the site reads text by too (Han ideographs, the
// full-width punctuation of GB/T 15834) come from the core; here, sentence ends and how wide each
// character prints in a newspaper column (in ems).

export { CJK_CLASS, CJK_PUNCT, HAN, countHan, isCjk, isHan } from '../../src/core/char-classes.ts';

/** Ends with a sentence mark (not a bare closing quote: headlines end in quotes too). */
// An English sentence (a bilingual page's) ends on a full stop after a word, never a decimal's point.
const STRICT_SENTENCE_END_RE = /[。！？!?…；][”’）)』」》"]*$|[A-Za-z][)'"’”]?\.$/u;

/** The mark the columns step puts where the OCR lost the end of a column (mark-cuts.ts). */
export const LOST_END_MARK = '〔下缺〕';

export function endsSentence(text: string): boolean {
  // A cut the columns step marked ends its paragraph like a sentence does.
  return STRICT_SENTENCE_END_RE.test(text.trimEnd()) || text.trimEnd().endsWith(LOST_END_MARK);
}

/** Printed width in ems: ideographs and full-width marks 1, Latin and digits ½, spaces 0. */
export function printedWidth(text: string): number {
  let width = 0;
  const chars = Array.from(text);
  chars.forEach((ch, i) => {
    if (ch === ' ' || ch === '\t') {
      // OCR writes the extra spacing around half-width digits and Latin as a space: it took room.
      if (/[A-Za-z0-9]/.test(chars[i - 1] ?? '') || /[A-Za-z0-9]/.test(chars[i + 1] ?? '')) width += 0.5;
      return;
    }
    const code = ch.codePointAt(0) ?? 0;
    width += code < 0x2000 ? 0.5 : 1;
  });
  return width;
}

const FULL_WIDTH_ALNUM = /[０-９Ａ-Ｚａ-ｚ]/gu;

/** Full-width digits and Latin letters as ASCII (`２０２１年１１月３日` → `2021年11月3日`), one for one. */
export function asciiAlnum(text: string): string {
  return text.replace(FULL_WIDTH_ALNUM, (ch) => String.fromCharCode(ch.charCodeAt(0) - 0xfee0));
}
