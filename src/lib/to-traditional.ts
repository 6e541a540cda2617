// Simplified → Traditional for the twin: word by word (src/core/convert-script.ts), Mainland forms
// (软件 becomes 軟件, not 軟體), and quotation marks as Traditional text sets them (「」『』).
import { toTraditionalWords, traditionalQuotes } from '../core/convert-script.ts';

const HAN_OR_QUOTE = /[\p{Script=Han}“”‘’]/u;

export function toTraditional(text: string): string {
  // Most text nodes of a page are white space, digits or Latin: nothing to convert.
  if (!HAN_OR_QUOTE.test(text)) return text;
  return traditionalQuotes(toTraditionalWords(text));
}
