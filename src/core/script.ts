// Which script a text is printed in, and a Simplified reading of Traditional text that keeps
// every character in its place (one UTF-16 unit for one), so that a stretch found in the
// Simplified reading is the same stretch of the printed text. Tools that only know Simplified
// Chinese (jieba's dictionary, the authority files) can then read a clipping printed in
// Traditional characters, and what they find is quoted as printed. opencc-js supplies the mappings.
import * as OpenCC from 'opencc-js/t2cn';
import { HAN_RE, hasHan } from './char-classes.ts';

export type Script = 'hans' | 'hant';

type Convert = (text: string) => string;

let converters: Convert[] | undefined;
const cache = new Map<string, string>();

/** The Simplified form of one character (Hong Kong forms, then Taiwan forms), or the character. */
function simplifiedChar(ch: string): string {
  let out = cache.get(ch);
  if (out === undefined) {
    converters ??= [OpenCC.Converter({ from: 'hk', to: 'cn' }), OpenCC.Converter({ from: 'tw', to: 'cn' })];
    out = ch;
    for (const convert of converters) {
      const c = convert(ch);
      // Only a one-for-one replacement keeps positions.
      if (c !== ch && c.length === ch.length) {
        out = c;
        break;
      }
    }
    cache.set(ch, out);
  }
  return out;
}

/** Text in Simplified characters, character for character (same length, same positions). */
export function simplifiedChars(text: string): string {
  if (!hasHan(text)) return text;
  let out = '';
  for (const ch of text) out += HAN_RE.test(ch) ? simplifiedChar(ch) : ch;
  return out;
}

/** The printed text of a stretch found in the Simplified reading (the first place it occurs). */
export function printedForm(printed: string, simplified: string, found: string): string {
  const at = simplified.indexOf(found);
  return at < 0 ? found : printed.slice(at, at + found.length);
}

/** Share of Han characters that read differently in Simplified: near 0 for Simplified text. */
export function traditionalShare(text: string): number {
  let han = 0;
  let changed = 0;
  for (const ch of text) {
    if (!HAN_RE.test(ch)) continue;
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
