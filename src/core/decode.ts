// Bytes to text. OCR output arrives as UTF-8 (with or without BOM), UTF-16 with a BOM, or
// GB18030/GBK; anything else (binary, empty) is refused with a reason the report can show.

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030';

export class DecodeError extends Error {}

export interface Decoded {
  text: string;
  encoding: Encoding;
}

function decodeStrict(bytes: Uint8Array, encoding: Encoding): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Share of characters that are control codes other than line breaks and tabs. */
function controlShare(text: string): number {
  if (text.length === 0) return 0;
  let control = 0;
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if ((c < 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) || c === 0x7f || c === 0xfffd) control++;
  }
  return control / text.length;
}

export function decodeRaw(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new DecodeError('the file is empty');
  let result: Decoded | undefined;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeStrict(bytes, 'utf-8');
    if (text !== undefined) result = { text, encoding: 'utf-8' };
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    const text = decodeStrict(bytes, 'utf-16le');
    if (text !== undefined) result = { text, encoding: 'utf-16le' };
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    const text = decodeStrict(bytes, 'utf-16be');
    if (text !== undefined) result = { text, encoding: 'utf-16be' };
  } else if (!bytes.includes(0)) {
    const utf8 = decodeStrict(bytes, 'utf-8');
    if (utf8 !== undefined) result = { text: utf8, encoding: 'utf-8' };
    else {
      const gb = decodeStrict(bytes, 'gb18030');
      if (gb !== undefined) result = { text: gb, encoding: 'gb18030' };
    }
  }
  if (!result) throw new DecodeError('not text in UTF-8, UTF-16 (with BOM) or GB18030 (binary or damaged file?)');
  result.text = result.text.replace(/^\uFEFF/, '');
  if (controlShare(result.text) > 0.01) throw new DecodeError(`looks binary: decoded as ${result.encoding} but full of control characters`);
  if (result.text.trim() === '') throw new DecodeError('the file holds only white space');
  return result;
}
