// Stage 2, normalize: the decoded text in one canonical form before anything reads it: line
// ends as LF, Unicode composed (NFC), no stray controls or zero-width marks, ordinary spaces.
import { normalizeLineEndings } from './line-endings.ts';
import { normalizeUnicode } from './unicode-form.ts';

export function normalizePage(text: string): string {
  return normalizeUnicode(normalizeLineEndings(text));
}
