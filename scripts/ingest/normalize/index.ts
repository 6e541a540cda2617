// Stage 2, normalize: the decoded text in one canonical form before anything reads it: line
// ends as LF, what a saved page kept of its HTML undone (tags, character references), Unicode
// composed (NFC), no stray controls or zero-width marks, ordinary spaces; a box's drawn frame undone.
import { undoBoxBorders } from './box-borders.ts';
import { undoHtmlRemnants } from './html-remnants.ts';
import { normalizeLineEndings } from './line-endings.ts';
import { normalizeUnicode } from './unicode-form.ts';

export function normalizePage(text: string): string {
  return undoBoxBorders(normalizeUnicode(undoHtmlRemnants(normalizeLineEndings(text))));
}
