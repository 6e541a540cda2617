// Canonical Unicode: NFC, no stray control or zero-width characters, ordinary spaces.

// C0/C1 controls except \n and \t, plus zero-width and bidi marks that OCR leaves behind.
const STRAY = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u200b-\u200f\u202a-\u202e\u2060\ufeff\ufffe\uffff]/g;
// Lone surrogates cannot be written as UTF-8; drop them rather than crash later.
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function normalizeUnicode(text: string): string {
  return text
    .replace(LONE_SURROGATE, '')
    .normalize('NFC')
    .replace(STRAY, '')
    .replace(/[\t\u00a0\u2000-\u200a\u202f\u205f]/g, ' ')
    .replace(/[ \u3000]+$/gm, '');
}
