// Simplified → Traditional characters with opencc-js, character by character (cn → tw), without
// Taiwan's phrase substitutions: the record is Mainland text, so 软件 becomes 軟件, not 軟體.
import * as OpenCC from 'opencc-js/cn2t';
import { hasHan } from '../core/char-classes.ts';

let converter: ((text: string) => string) | undefined;

export function toTraditional(text: string): string {
  // Most text nodes of a page are white space, digits or Latin: nothing to convert.
  if (!hasHan(text)) return text;
  converter ??= OpenCC.Converter({ from: 'cn', to: 'tw' });
  return converter(text);
}
