// How the search compares text: character by character, full-width Latin letters and digits as
// their ASCII forms, Latin letters in lower case. Folding never changes a string's length, so a
// place found in the folded text is the same place in the text as shown. Words are the runs of
// letters and digits (Han characters are letters); punctuation and spaces separate them.

const FULL_WIDTH_FIRST = 0xff01;
const FULL_WIDTH_LAST = 0xff5e;
const FULL_TO_ASCII = 0xfee0;

export function fold(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= FULL_WIDTH_FIRST && code <= FULL_WIDTH_LAST) out += foldAscii(code - FULL_TO_ASCII);
    else if (code < 0x80) out += foldAscii(code);
    else out += text[i];
  }
  return out;
}

function foldAscii(code: number): string {
  return String.fromCharCode(code >= 0x41 && code <= 0x5a ? code + 0x20 : code);
}

const RUN = /[\p{L}\p{N}]+/gu;

/** The runs of letters and digits of already folded text, in order. */
export function runsOf(folded: string): string[] {
  return folded.match(RUN) ?? [];
}

/** The words of a query: its runs of letters and digits, folded, each once, in order. */
export function queryWords(query: string): string[] {
  return [...new Set(runsOf(fold(query)))];
}

/** Does the text hold every word (folded text, words from queryWords)? */
export function holdsAll(foldedText: string, words: readonly string[]): boolean {
  return words.every((w) => foldedText.includes(w));
}

/** Length in characters (code points), not UTF-16 units. */
export function charLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
