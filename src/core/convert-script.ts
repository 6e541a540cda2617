// Simplified ↔ Traditional, word by word. opencc-js converts a run of text by the longest phrase
// its dictionary knows, so across a word boundary it can read a phrase the text does not hold
// (积蓄|发展 read as 蓄发 gives 積蓄髮展; 传统|制造 gives 傳統制造). Converting the words jieba finds,
// one at a time, keeps each phrase inside its word. Traditional text is read for segmentation in
// a Simplified form of the same length (script.ts), and converted back by the spans found there.
import * as OpenCC from 'opencc-js';
import { segmentWords } from './segment-words.ts';
import { simplifiedChars } from './script.ts';

let toTw: ((text: string) => string) | undefined;
let toCn: ((text: string) => string) | undefined;

const HAN = /\p{Script=Han}/u;

/** Words of the text as jieba cuts them (Traditional text is cut by its Simplified reading). */
function words(text: string): string[] {
  const simple = simplifiedChars(text);
  const chars = Array.from(text);
  const out: string[] = [];
  let at = 0;
  for (const word of segmentWords(simple)) {
    const n = Array.from(word).length;
    out.push(chars.slice(at, at + n).join(''));
    at += n;
  }
  return out;
}

function convertWords(text: string, convert: (word: string) => string): string {
  return words(text)
    .map((w) => (HAN.test(w) ? convert(w) : w))
    .join('');
}

/** Simplified text in Traditional characters (Mainland forms: 软件 → 軟件, not 軟體), word by word. */
export function toTraditionalWords(text: string): string {
  if (!HAN.test(text)) return text;
  toTw ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  return convertWords(text, toTw);
}

/** Traditional text (Hong Kong or Taiwan forms) in Simplified characters, word by word. */
export function toSimplifiedWords(text: string): string {
  if (!HAN.test(text)) return text;
  toCn ??= OpenCC.Converter({ from: 'hk', to: 'cn' });
  return convertWords(text, toCn);
}

const TRADITIONAL_QUOTES: Record<string, string> = { '“': '「', '”': '」', '‘': '『', '’': '』' };
const SIMPLIFIED_QUOTES: Record<string, string> = { '「': '“', '」': '”', '『': '‘', '』': '’' };

/** Quotation marks as Traditional text sets them: “…” → 「…」, ‘…’ → 『…』. */
export function traditionalQuotes(text: string): string {
  return text.replace(/[“”‘’]/gu, (q) => TRADITIONAL_QUOTES[q]!);
}

/** Quotation marks as Simplified text sets them: 「…」 → “…”, 『…』 → ‘…’. */
export function simplifiedQuotes(text: string): string {
  return text.replace(/[「」『』]/gu, (q) => SIMPLIFIED_QUOTES[q]!);
}
