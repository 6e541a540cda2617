// Simplified → Traditional for the twin: word by word (src/core/convert-script.ts), Mainland forms
// (软件 becomes 軟件, not 軟體), and quotation marks as Traditional text sets them (「」『』).
import { toTraditionalWords, traditionalQuotes } from '../core/convert-script.ts';

const HAN_OR_QUOTE = /[\p{Script=Han}“”‘’]/u;
// Short texts recur on page after page (navigation, labels, titles in lists, the sentences that
// name a park or company on its page and its neighbours'): each converted once.
const SHORT = 256;
const MEMO_LIMIT = 100_000;
const memo = new Map<string, string>();

export function toTraditional(text: string): string {
  // Most text nodes of a page are white space, digits or Latin: nothing to convert.
  if (!HAN_OR_QUOTE.test(text)) return text;
  if (text.length > SHORT) return traditionalQuotes(toTraditionalWords(text));
  let out = memo.get(text);
  if (out === undefined) {
    out = traditionalQuotes(toTraditionalWords(text));
    if (memo.size >= MEMO_LIMIT) memo.clear();
    memo.set(text, out);
  }
  return out;
}
