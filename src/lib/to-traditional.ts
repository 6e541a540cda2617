// Simplified → Traditional characters with opencc-js, character by character (cn → tw), without
// Taiwan's phrase substitutions: the record is Mainland text, so 软件 becomes 軟件, not 軟體.
import * as OpenCC from 'opencc-js/cn2t';

let converter: ((text: string) => string) | undefined;

const HAN = /\p{Script=Han}/u;

export function toTraditional(text: string): string {
  // Most text nodes of a page are white space, digits or Latin: nothing to convert.
  if (!HAN.test(text)) return text;
  converter ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  return converter(text);
}
