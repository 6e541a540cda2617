// The per-text repairs, in order. Each step is pure and idempotent; a new repair is one file and
// one line here.
import { fullWidthPunctuation } from './punctuation.ts';
import { dropLeadingMarks } from './heading-marks.ts';
import { keepCaptionSpaces, keepHeadlinePhraseSpace } from './heading-spaces.ts';
import { removeCjkSpaces } from './spaces.ts';
import { asciiAlphanumerics } from './ascii-alphanumerics.ts';

type Step = (text: string) => string;

const BODY_STEPS: readonly Step[] = [asciiAlphanumerics, fullWidthPunctuation, removeCjkSpaces];
// The marks go last: the other steps may bare them (a space before them removed).
const HEADLINE_STEPS: readonly Step[] = [asciiAlphanumerics, fullWidthPunctuation, keepHeadlinePhraseSpace, removeCjkSpaces, dropLeadingMarks];
const CAPTION_STEPS: readonly Step[] = [asciiAlphanumerics, fullWidthPunctuation, keepCaptionSpaces, removeCjkSpaces];

export function cleanBodyText(text: string): string {
  return BODY_STEPS.reduce((t, step) => step(t), text);
}

export function cleanHeadline(text: string): string {
  return HEADLINE_STEPS.reduce((t, step) => step(t), text);
}

/** Credits (`… 马宁 摄`) keep the spaces between their parts; descriptive captions are text. */
export function cleanCaptionText(text: string): string {
  const steps = /(摄|供图|提供)$/u.test(text.trim()) ? CAPTION_STEPS : BODY_STEPS;
  return steps.reduce((t, step) => step(t), text);
}
