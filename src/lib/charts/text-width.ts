// How wide a label is, and labels wrapped to a width, without a browser to measure them.
import { NARROW_CHAR_EM, WIDE_CHAR_EM } from './knobs.ts';

/** Han characters, kana, hangul and full-width forms (incl. CJK punctuation): one em each. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u;

export function textWidthEm(text: string): number {
  let em = 0;
  for (const ch of text) em += WIDE.test(ch) ? WIDE_CHAR_EM : NARROW_CHAR_EM;
  return em;
}

/** Characters that may not open a line (GB/T 15834: closing marks and pause marks stay with what they follow). */
const NO_LINE_START = /^[，。、；：？！）》」』】〕”’…·．,.;:?!)\]]/;
/** …and opening marks stay with what follows them. */
const NO_LINE_END = /^[（《「『【〔“‘([]/;

/** Greedy lines of at most `widthEm`, broken where `mayBreak` allows, or anywhere if nowhere it allows fits. */
function breakLines(chars: readonly string[], widthEm: number, mayBreak: (at: number) => boolean): string[] {
  const lines: string[] = [];
  let start = 0;
  while (start < chars.length) {
    let fit = start;
    let width = 0;
    while (fit < chars.length && width + textWidthEm(chars[fit]!) <= widthEm) width += textWidthEm(chars[fit++]!);
    fit = Math.max(fit, start + 1);
    const allowed = (at: number) => at === chars.length || (!NO_LINE_START.test(chars[at]!) && !NO_LINE_END.test(chars[at - 1]!));
    let end = fit;
    while (end > start + 1 && !(allowed(end) && mayBreak(end))) end--;
    if (!(allowed(end) && mayBreak(end))) for (end = fit; end > start + 1 && !allowed(end); end--);
    if (!allowed(end)) end = fit;
    lines.push(chars.slice(start, end).join(''));
    start = end;
  }
  return lines;
}

/**
 * A label in at most `maxLines` lines of `widthEm`, the lines about equally long. `breaks` are
 * the places a line may end (between words, see word-breaks.ts); without them any character
 * boundary may, but a line never opens with a closing mark nor ends with an opening one. What
 * does not fit ends in an ellipsis.
 */
export function wrapLabel(text: string, widthEm: number, maxLines: number, breaks?: ReadonlySet<number>): string[] {
  const chars = [...text];
  const mayBreak = (at: number) => !breaks || at === chars.length || breaks.has(at);
  const natural = breakLines(chars, widthEm, mayBreak);
  if (natural.length > maxLines) {
    const filled = breakLines(chars, widthEm, () => true).slice(0, maxLines);
    let last = [...filled.pop()!];
    while (last.length > 1 && textWidthEm(last.join('')) + WIDE_CHAR_EM > widthEm) last = last.slice(0, -1);
    return [...filled, `${last.join('')}…`];
  }
  // The narrowest width that needs no more lines, so a name does not leave one character alone.
  for (let w = Math.ceil(textWidthEm(text) / natural.length); w < widthEm; w += 0.5) {
    const balanced = breakLines(chars, w, mayBreak);
    if (balanced.length <= natural.length) return balanced;
  }
  return natural;
}
