// Character maps for the search page, made at build time with opencc-js: Traditional → Simplified
// for queries typed in Traditional, Simplified → Traditional to show results on the twin. A
// character map is a few KB; the full converters are far heavier for a browser to download.
import * as OpenCC from 'opencc-js';

/** Two strings of equal length: the character at each place in `from` becomes the one in `to`. */
export interface CharMap {
  from: string;
  to: string;
}

function charMap(convert: (s: string) => string): CharMap {
  let from = '';
  let to = '';
  for (let code = 0x3400; code <= 0x9fff; code++) {
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
