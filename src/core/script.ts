// Which script a text is printed in, and a Simplified reading of Traditional text that keeps
// every character in its place (one character for one), so that a match found in the Simplified
// reading points at the same characters of the printed text. opencc-js supplies the mappings.
import * as OpenCC from 'opencc-js/t2cn';

export type Script = 'hans' | 'hant';

let toCn: ((text: string) => string) | undefined;
const cache = new Map<string, string>();

/** The Simplified form of one character (Hong Kong and Taiwan forms both), or the character. */
function simplifiedChar(ch: string): string {
  let out = cache.get(ch);
  if (out === undefined) {
    toCn ??= OpenCC.Converter({ from: 'hk', to: 'cn' });
    const converted = toCn(ch);
    out = Array.from(converted).length === 1 ? converted : ch;
    cache.set(ch, out);
  }
  return out;
}

const HAN = /\p{Script=Han}/u;

/** Text in Simplified characters, character for character (same length, same positions). */
export function simplifiedChars(text: string): string {
  if (!HAN.test(text)) return text;
  let out = '';
  for (const ch of text) out += HAN.test(ch) ? simplifiedChar(ch) : ch;
  return out;
}

/** Share of Han characters that read differently in Simplified: near 0 for Simplified text. */
export function traditionalShare(text: string): number {
  let han = 0;
  let changed = 0;
  for (const ch of text) {
    if (!HAN.test(ch)) continue;
    han++;
    if (simplifiedChar(ch) !== ch) changed++;
  }
  return han === 0 ? 0 : changed / han;
}

/**
 * Traditional text changes about one character in four when read as Simplified; Simplified
 * text hardly any (a few characters are shared forms). A tenth separates them with room.
 */
export const TRADITIONAL_SHARE = 0.1;

export function detectScript(text: string): Script {
  return traditionalShare(text) >= TRADITIONAL_SHARE ? 'hant' : 'hans';
}
