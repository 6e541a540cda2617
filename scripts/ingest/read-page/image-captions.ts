// Captions under the images a saved or scanned page left as placeholders (`[图片]`). A caption
// names what its photo shows: a phrase, or a sentence led by the photo's number (`①…`); wrapped,
// it runs on over the next lines until its sentence ends. Two placeholders set side by side
// (`[图片]    [图片]`) are two photos, their numbered captions one after the other below them.
import { endsSentence, printedWidth } from '../char-classes.ts';
import { type FurnitureKind, IMAGE_PLACEHOLDER } from './furniture.ts';
import { LINES } from './knobs.ts';
import type { PageLine } from './page-lines.ts';

/** A photo's number on a page of several (①–⑳). */
const PHOTO_NUMBER = /^[①-⑳]/u;

/** How many image placeholders the line holds, and nothing else (0 for any other line). */
export function placeholdersIn(text: string): number {
  const parts = text.trim().split(/\s+/u);
  return parts.every((p) => IMAGE_PLACEHOLDER.test(p)) ? parts.length : 0;
}

const INDENTED = /^(?:\u3000|\s{2,})\S/u;

/**
 * A sentence under a photo, set flush where the page indents its paragraphs, and set apart from
 * the indented paragraph under it: the photo's caption, however many clauses it has.
 */
function flushAboveIndented(lines: readonly PageLine[], at: number): boolean {
  const line = lines[at]!;
  const next = lines[at + 1];
  const t = line.text.trim();
  return (
    !INDENTED.test(line.text) && next !== undefined && next.gapBefore > 0 && INDENTED.test(next.text) && endsSentence(t) && !/[。！？]./u.test(t) && printedWidth(t) <= 2 * LINES.imageCaptionWidth
  );
}

/** Does the line open a caption: a numbered one, or a phrase (closed by a full stop at most)? */
function opensCaption(text: string): boolean {
  const t = text.trim();
  if (PHOTO_NUMBER.test(t)) return printedWidth(t) <= 2 * LINES.imageCaptionWidth;
  // A sentence of clauses under a photo is the text.
  const phrase = !endsSentence(t) || /^[^，,；;。！？]+[。]$/u.test(t);
  return printedWidth(t) <= LINES.imageCaptionWidth && phrase;
}

/** The last line of the caption opening at `from`: its sentence's end, within LINES.maxImageCaptionLines. */
function captionEnd(lines: readonly PageLine[], kinds: ReadonlyArray<FurnitureKind | undefined>, from: number): number {
  for (let k = from; k < lines.length && k - from < LINES.maxImageCaptionLines; k++) {
    if (endsSentence(lines[k]!.text.trim())) return k;
    const next = lines[k + 1];
    if (!next || next.gapBefore > 0 || kinds[k + 1] !== undefined || PHOTO_NUMBER.test(next.text.trim())) break;
  }
  // No sentence's end in reach: only the first line is known to be the caption.
  return from;
}

/**
 * Marks the caption lines under image placeholders: `caption` on a caption's first line,
 * `captionContinued` on the rest. Numbered captions set one after another (`②…` / `③…`) under
 * the placeholders belong to photos side by side, however many placeholders the OCR kept.
 */
export function markImageCaptions(lines: PageLine[], kinds: ReadonlyArray<FurnitureKind | undefined>): void {
  for (let i = 0; i < lines.length; i++) {
    if (placeholdersIn(lines[i]!.text) === 0) continue;
    let at = i + 1;
    while (at < lines.length && kinds[at] === undefined && (opensCaption(lines[at]!.text) || flushAboveIndented(lines, at))) {
      const end = captionEnd(lines, kinds, at);
      const numbered = PHOTO_NUMBER.test(lines[at]!.text.trim());
      lines[at] = { ...lines[at]!, caption: true };
      for (let k = at + 1; k <= end; k++) lines[k] = { ...lines[k]!, captionContinued: true };
      at = end + 1;
      // Another photo's caption follows a numbered one at once, led by its own number.
      if (!numbered || lines[at]?.gapBefore !== 0 || !PHOTO_NUMBER.test(lines[at]!.text.trim())) break;
    }
  }
}
