// The two text normalisations of the corpus's reference scorer (score.py), written so that they give
// exactly what Python gives: Python's `\s` (str.isspace, which differs from JavaScript's: it has
// U+001C–U+001F and U+0085, not U+FEFF), `^` after "\n" only, lengths and slices in code points.

/** Python's `\s` for str patterns, as a character class body. */
const WS = '\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';

/** A whitespace run, as Python's `re.sub(r'\s+', '', s)` sees it. */
export const PY_WHITESPACE = new RegExp(`[${WS}]+`, 'gu');
/** Python's `str.isspace()` for one character. */
export const isPyWhitespace = (c: string): boolean => new RegExp(`^[${WS}]$`, 'u').test(c);

/** `^\s{0,3}(#{1,6}|>|[-*+]\s)` under re.M: a Markdown block marker at a line start. */
const BLOCK_MARKER = new RegExp(`(?<=^|\\n)[${WS}]{0,3}(?:#{1,6}|>|[-*+][${WS}])`, 'gu');
const EMPHASIS = /\*\*|__|\*|_/gu;
const LINK = /!?\[([^\]]*)\]\([^)]*\)/gu;
const INLINE_HTML = /<[^>]+>/gu;
/** An editor's short mark such as 〔下缺〕 is not text. */
const EDITOR_MARK = /〔[^〕\n]{0,6}〕/gu;

/** Markdown and HTML marks out, no whitespace, NFC: the text a reader reads, as printed. */
export function strict(text: string): string {
  return text.normalize('NFC').replace(BLOCK_MARKER, '').replace(EMPHASIS, '').replace(LINK, '$1').replace(INLINE_HTML, '').replace(EDITOR_MARK, '').replace(PY_WHITESPACE, '');
}

const QUOTES = new Map<string, string>([...[...'“”„‟「」『』〝〞＂'].map((c) => [c, '"'] as const), ...[...'‘’‚‛'].map((c) => [c, "'"] as const)]);
const DASHES = /[—–―‐⁃-]+/gu;

/** `strict`, then forms that do not matter folded: NFKC, quotes, dashes, ellipsis, a leading 本报讯. */
export function lenient(text: string): string {
  const folded = [...strict(text).normalize('NFKC')].map((c) => QUOTES.get(c) ?? c).join('');
  return folded
    .replace(DASHES, '-')
    .replaceAll('…', '...')
    .replaceAll('・', '·')
    .replace(/^本报讯/u, '');
}

/** Code points of a string (Python's indexing unit). */
export function codePoints(text: string): Uint32Array {
  const out = new Uint32Array(text.length);
  let n = 0;
  for (const c of text) out[n++] = c.codePointAt(0)!;
  return out.subarray(0, n);
}

/** Python's len(): code points, not UTF-16 units. */
export const pyLen = (text: string): number => codePoints(text).length;
