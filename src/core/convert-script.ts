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

// opencc-js spends most of a call on setting up (a few microseconds a word), and an archive
// repeats its words: each word is converted once per process.
const MEMO_LIMIT = 500_000;

function memoized(convert: (text: string) => string): (word: string) => string {
  const memo = new Map<string, string>();
  return (word) => {
    let out = memo.get(word);
    if (out === undefined) {
      out = convert(word);
      if (memo.size >= MEMO_LIMIT) memo.clear();
      memo.set(word, out);
    }
    return out;
  };
}

function convertWords(cut: readonly string[], convert: (word: string) => string): string {
  return cut.map((w) => (HAN.test(w) ? convert(w) : w)).join('');
}

/** Simplified text in Traditional characters (Mainland forms: 软件 → 軟件, not 軟體), word by word. */
export function toTraditionalWords(text: string): string {
  if (!HAN.test(text)) return text;
  toTw ??= memoized(OpenCC.Converter({ from: 'cn', to: 'tw' }));
  // Simplified text is cut as it is (words() reads Traditional text by a Simplified reading).
  return convertWords(segmentWords(text), toTw);
}

/** Traditional text (Hong Kong or Taiwan forms) in Simplified characters, word by word. */
export function toSimplifiedWords(text: string): string {
  if (!HAN.test(text)) return text;
  toCn ??= memoized(OpenCC.Converter({ from: 'hk', to: 'cn' }));
  return convertWords(words(text), toCn);
}

/**
 * A Traditional text word by word, each word with its Simplified form (quotation marks as
 * Simplified text sets them): what toSimplifiedWords gives, kept in pieces.
 */
export function simplifiedWordPairs(text: string): Array<[printed: string, simplified: string]> {
  toCn ??= memoized(OpenCC.Converter({ from: 'hk', to: 'cn' }));
  const convert = toCn;
  return words(text).map((w) => [w, simplifiedQuotes(HAN.test(w) ? convert(w) : w)]);
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
