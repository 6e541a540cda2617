// What a line of a page is, on its own evidence, before paragraphs are formed: a byline, a
// headline-like short line, something that is not article text (furniture, a caption, a
// dateline), or text.
import { endsSentence, printedWidth } from '../char-classes.ts';
import { parseBylineLine } from './bylines.ts';
import { isCaptionLine } from './captions.ts';
import { furnitureKind } from './furniture.ts';
import { LINES } from './knobs.ts';
import { rememberByText } from '../../../src/core/remember-by-text.ts';

export type LineKind = 'text' | 'heading' | 'byline' | 'other';

const NUMBERED = /^\s*[一二三四五六七八九十]+[是、]/u;

/** What the line is (remembered: every stage asks of the same lines). */
export const lineKind = rememberByText(kindOf);

function kindOf(text: string): LineKind {
  const t = text.trim();
  if (parseBylineLine(t)) return 'byline';
  if (furnitureKind(t) !== undefined || isCaptionLine(t)) return 'other';
  if (printedWidth(t) < LINES.headingWidth && !endsSentence(t) && !/[,，、；;]/u.test(t) && !NUMBERED.test(t)) return 'heading';
  return 'text';
}
