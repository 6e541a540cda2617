// Bytes to text. OCR output arrives as UTF-8 (with or without BOM), UTF-16 with a BOM, GB18030/GBK
// (mainland pages) or Big5/Big5-HKSCS (Taiwan and Hong Kong pages). Every decoding says why it was
// chosen; anything that cannot be told apart with confidence (binary, empty, too short to tell
// GB18030 from Big5, a Japanese or Korean encoding) is refused with a reason the report can show.
import chardet from 'chardet';
import iconv from 'iconv-lite';

export type Encoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030' | 'big5';

export class DecodeError extends Error {}

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Why this encoding: a byte-order mark, the only valid reading, or the character statistics. */
  reason: string;
}

// GB18030 and Big5 share their byte ranges, so most Big5 bytes are also valid GB18030 (and the
// reverse for GB2312's range): which one a file is comes from character frequencies (chardet, the
// ICU detector: how many of the bytes are each encoding's commonest characters, scored 0–100).
// Measured on the archive's pages cut into pieces and encoded both ways: with these settings no
// piece of 24 or more Chinese characters was read in the wrong encoding, and pieces of 20 were
// wrong 2 times in 3,670 (hence the floor).
/** Fewer non-ASCII characters than this and GB18030 versus Big5 is not decided. */
const MIN_CHINESE_CHARS = 24;
/** The chosen encoding's detector confidence (0–100), at least. */
const MIN_CONFIDENCE = 50;
/** The chosen encoding's lead over the other Chinese encoding, in confidence points, at least. */
const MIN_LEAD = 30;
/** Share of control characters (other than line breaks and tabs) past which bytes are binary. */
const MAX_CONTROL_SHARE = 0.01;

/** Encodings of other CJK languages whose bytes can pass for GB18030 or Big5. */
const OTHER_CJK = ['Shift_JIS', 'EUC-JP', 'EUC-KR'];

const LABEL: Record<Encoding, string> = { 'utf-8': 'UTF-8', 'utf-16le': 'UTF-16LE', 'utf-16be': 'UTF-16BE', gb18030: 'GB18030', big5: 'Big5' };

function decodeStrict(bytes: Uint8Array, encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'gb18030'): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/**
 * Big5 through iconv-lite's Big5-HKSCS table (Big5 with the Windows and Hong Kong extensions):
 * Node's own Big5 decoder maps HKSCS characters (嘅, 㗎) to the private use area. Undefined when a
 * byte sequence is not Big5 (iconv-lite writes U+FFFD for it, which Big5 itself cannot encode).
 */
function decodeBig5(bytes: Uint8Array): string | undefined {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), 'big5hkscs');
  return text.includes('\uFFFD') ? undefined : text;
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

function withByteOrderMark(bytes: Uint8Array): Decoded | undefined {
  const marks: Array<[Encoding & ('utf-8' | 'utf-16le' | 'utf-16be'), number[]]> = [
    ['utf-8', [0xef, 0xbb, 0xbf]],
    ['utf-16le', [0xff, 0xfe]],
    ['utf-16be', [0xfe, 0xff]],
  ];
  for (const [encoding, mark] of marks) {
    if (!mark.every((b, i) => bytes[i] === b)) continue;
    const text = decodeStrict(bytes, encoding);
    if (text === undefined) throw new DecodeError(`starts with a ${LABEL[encoding]} byte-order mark but is not valid ${LABEL[encoding]} (damaged file?)`);
    return { text, encoding, reason: `${LABEL[encoding]} byte-order mark` };
  }
  return undefined;
}

/** GB18030 or Big5, for bytes that are not UTF-8: the only valid reading, or the one the statistics clearly favour. */
function chineseLegacy(bytes: Uint8Array): Decoded {
  const gb = decodeStrict(bytes, 'gb18030');
  const big5 = decodeBig5(bytes);
  if (gb === undefined && big5 === undefined) throw new DecodeError('not text in UTF-8, UTF-16 (with BOM), GB18030 or Big5 (binary or damaged file?)');
  const advice = 'save it as UTF-8';
  const scores = chardet.analyse(bytes);
  const confidence = (name: string) => scores.find((s) => s.name === name)?.confidence ?? 0;
  const [gbScore, big5Score] = [confidence('GB18030'), confidence('Big5')];
  // Shift_JIS and EUC-KR bytes are often valid GB18030 too: the statistics tell them apart.
  const other = scores.find((s) => OTHER_CJK.includes(s.name) && s.confidence > Math.max(gbScore, big5Score));
  if (other) throw new DecodeError(`looks like ${other.name} (character statistics: ${other.confidence} of 100), not a Chinese encoding (${advice})`);
  if (big5 === undefined) return { text: gb!, encoding: 'gb18030', reason: 'not UTF-8; valid GB18030 and not valid Big5' };
  if (gb === undefined) return { text: big5, encoding: 'big5', reason: 'not UTF-8; valid Big5 and not valid GB18030' };
  const chinese = [...gb].filter((ch) => ch.charCodeAt(0) > 0x7f).length;
  if (chinese < MIN_CHINESE_CHARS) throw new DecodeError(`cannot tell GB18030 from Big5: valid as both, and only ${chinese} non-ASCII characters to judge by (${advice})`);
  const [winner, text, lead, rival] = gbScore >= big5Score ? (['gb18030', gb, gbScore, big5Score] as const) : (['big5', big5, big5Score, gbScore] as const);
  const scored = `character statistics: ${LABEL[winner]} ${lead}, ${LABEL[winner === 'big5' ? 'gb18030' : 'big5']} ${rival} of 100`;
  if (lead < MIN_CONFIDENCE || lead - rival < MIN_LEAD) throw new DecodeError(`cannot tell GB18030 from Big5: valid as both (${scored}; ${advice})`);
  return { text, encoding: winner, reason: `not UTF-8; valid as GB18030 and as Big5, ${scored}` };
}

export function decodeRaw(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) throw new DecodeError('the file is empty');
  let result = withByteOrderMark(bytes);
  if (!result) {
    if (bytes.includes(0)) throw new DecodeError('not text: holds NUL bytes (binary, or UTF-16 without a byte-order mark?)');
    const utf8 = decodeStrict(bytes, 'utf-8');
    if (utf8 !== undefined) result = { text: utf8, encoding: 'utf-8', reason: bytes.every((b) => b < 0x80) ? 'plain ASCII' : 'valid UTF-8' };
    else result = chineseLegacy(bytes);
  }
  result.text = result.text.replace(/^\uFEFF/, '');
  if (controlShare(result.text) > MAX_CONTROL_SHARE) throw new DecodeError(`looks binary: decoded as ${LABEL[result.encoding]} but full of control characters`);
  if (result.text.trim() === '') throw new DecodeError('the file holds only white space');
  return result;
}
