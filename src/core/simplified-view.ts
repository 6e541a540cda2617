// A Simplified-character view of a text, position for position: each Traditional character is
// replaced by its Simplified form (opencc-js, Hong Kong and Taiwan variants), one UTF-16 unit for
// one, so a stretch found in the view is the same stretch of the printed text. Tools that only
// know Simplified Chinese (jieba's dictionary, the authority files) can then read a clipping
// printed in Traditional characters, and what they find is quoted as printed.
import * as OpenCC from 'opencc-js/t2cn';

type Convert = (text: string) => string;

let converters: Convert[] | undefined;
const cache = new Map<string, string>();

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

const HAN = /\p{Script=Han}/u;

/** The text with Traditional characters made Simplified; same length, same positions. */
export function simplifiedView(text: string): string {
  if (!HAN.test(text)) return text;
  let out = '';
  for (const ch of text) out += HAN.test(ch) ? simplifiedChar(ch) : ch;
  return out;
}

/** The printed text of a stretch found in the view (the first place it occurs). */
export function printedForm(printed: string, view: string, found: string): string {
  const at = view.indexOf(found);
  return at < 0 ? found : printed.slice(at, at + found.length);
}
