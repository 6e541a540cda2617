// Pure helpers of the search page for its two scripts: converting queries typed in Traditional
// characters, and showing Simplified text on the Traditional twin.
import { MAP_FIRST, type CharMap } from '../lib/search-data.ts';

export function mapChars(text: string, map: CharMap): string {
  const from = Array.from(map.from);
  const to = Array.from(map.to);
  const table = new Map(from.map((c, i) => [c, to[i]!]));
  return Array.from(text, (c) => table.get(c) ?? c).join('');
}

/** Does the text hold a character the bitset marks (see char-maps.ts traditionalBitset)? */
export function hasMarkedChar(text: string, bitsetBase64: string): boolean {
  const bits = Uint8Array.from(atob(bitsetBase64), (c) => c.charCodeAt(0));
  for (const ch of text) {
    const i = (ch.codePointAt(0) ?? 0) - MAP_FIRST;
    if (i >= 0 && i >> 3 < bits.length && (bits[i >> 3]! & (1 << (i & 7))) !== 0) return true;
  }
  return false;
}

const CORNER: Record<string, string> = { '“': '「', '”': '」', '‘': '『', '’': '』' };

/** Quotation marks as the twin sets them (as src/core/convert-script.ts does for its pages). */
export function cornerQuotes(text: string): string {
  return text.replace(/[“”‘’]/gu, (q) => CORNER[q]!);
}
