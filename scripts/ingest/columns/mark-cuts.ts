// Where the OCR lost the end of a column, the text stops in the middle of a word (`…成为徐州创新
// 的名`, `…完善的产业链支`) and what follows in reading order cannot finish that word. Such a cut is
// marked where it is, with an editor's mark a reader will not take for printed text (〔下缺〕,
// "missing below"); the mark ends the paragraph (char-classes.ts). Nothing is filled in.
import { LOST_END_MARK } from '../char-classes.ts';
import { STARTS_PARAGRAPH } from './join-score.ts';
import { endsMidWord } from './junction-gain.ts';

/**
 * Whether the text `before` was cut: it stops mid-word and what comes next in reading order
 * cannot go on with it: the article ends (`after` undefined), a heading or byline follows
 * (`afterIsText` false), or a paragraph that starts with its own number or bullet (五是…, ●…).
 * Elsewhere a word the dictionary lacks may well run on, so nothing is marked.
 */
export function lostEnd(before: string, after: string | undefined, afterIsText: boolean): boolean {
  if (!endsMidWord(before)) return false;
  return after === undefined || !afterIsText || STARTS_PARAGRAPH.test(after);
}

export const markLostEnd = (text: string): string => `${text.trimEnd()}${LOST_END_MARK}`;
