// Character maps for the search page, made at build time with opencc-js: Traditional → Simplified
// for queries typed in Traditional, Simplified → Traditional to show results on the twin. A
// character map is a few KB; the full converters are far heavier for a browser to download.
import * as OpenCC from 'opencc-js';
import { MAP_FIRST, MAP_LAST, type CharMap } from './search-data.ts';

function charMap(convert: (s: string) => string): CharMap {
  let from = '';
  let to = '';
  for (let code = MAP_FIRST; code <= MAP_LAST; code++) {
    const ch = String.fromCodePoint(code);
    const converted = convert(ch);
    if (converted !== ch && Array.from(converted).length === 1) {
      from += ch;
      to += converted;
    }
  }
  return { from, to };
}

export function traditionalToSimplified(): CharMap {
  return charMap(OpenCC.Converter({ from: 'tw', to: 'cn' }));
}

export function simplifiedToTraditional(): CharMap {
  return charMap(OpenCC.Converter({ from: 'cn', to: 'tw' }));
}

/**
 * Which characters a Traditional → Simplified map would change, one bit per code point from
 * MAP_FIRST, base64: a few KB that tell the search page whether a query needs the map at all.
 */
export function traditionalBitset(map: CharMap): string {
  const bits = new Uint8Array(Math.ceil((MAP_LAST - MAP_FIRST + 1) / 8));
  for (const ch of map.from) {
    const i = ch.codePointAt(0)! - MAP_FIRST;
    bits[i >> 3]! |= 1 << (i & 7);
  }
  return Buffer.from(bits).toString('base64');
}
