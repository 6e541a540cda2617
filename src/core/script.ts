// Which script a text is printed in, and a Simplified reading of Traditional text that keeps
// every character in its place (one UTF-16 unit for one), so that a stretch found in the
// Simplified reading is the same stretch of the printed text. Tools that only know Simplified
// Chinese (jieba's dictionary, the authority files) can then read a clipping printed in
// Traditional characters, and what they find is quoted as printed. opencc-js supplies the mappings.
import * as OpenCC from 'opencc-js/t2cn';
import { HAN_RE } from './char-classes.ts';
import { TextMemory } from './remember-by-text.ts';

export type Script = 'hans' | 'hant';

type Convert = (text: string) => string;

let converters: Convert[] | undefined;
/** Every character met so far, Han or not, and its Simplified form (itself when none). */
const charCache = new Map<string, string>();
/** Whole texts: the cleaner reads the same line in Simplified from several stages. */
const texts = new TextMemory<string>();

/** The Simplified form of one character (Hong Kong forms, then Taiwan forms), or the character. */
function simplifiedChar(ch: string): string {
  let out = charCache.get(ch);
  if (out === undefined) {
    out = HAN_RE.test(ch) ? convertChar(ch) : ch;
    charCache.set(ch, out);
  }
  return out;
}

function convertChar(ch: string): string {
  converters ??= [OpenCC.Converter({ from: 'hk', to: 'cn' }), OpenCC.Converter({ from: 'tw', to: 'cn' })];
  for (const convert of converters) {
    const c = convert(ch);
    // Only a one-for-one replacement keeps positions.
    if (c !== ch && c.length === ch.length) return c;
  }
  return ch;
}

/** Text in Simplified characters, character for character (same length, same positions). */
export function simplifiedChars(text: string): string {
  return texts.answer(text, (t) => {
    let out = '';
    for (const ch of t) out += simplifiedChar(ch);
    return out;
  });
}

/** The printed text of a stretch found in the Simplified reading (the first place it occurs). */
export function printedForm(printed: string, simplified: string, found: string): string {
  const at = simplified.indexOf(found);
  if (at >= 0) return printed.slice(at, at + found.length);
  // A name the OCR spaced (`陳 明`) is found as `陈明`: its characters, spaces between.
  const spaced = new RegExp(Array.from(found, (c) => c.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')).join('\\s*'), 'u').exec(simplified);
  return spaced ? printed.slice(spaced.index, spaced.index + spaced[0].length).replace(/\s+/gu, '') : found;
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
