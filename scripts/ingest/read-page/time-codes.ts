// A broadcast transcript's time codes: each speaker's turn opens with where it falls in the clip
// (`[00:01:12] 记者：…`). The reader of the text needs the words, not the clock.

const LEADING_TIME_CODE = /^\s*[[【]\d{1,2}:\d{2}(?::\d{2})?[\]】]\s*/u;

/** The line without the time code that opens it (unchanged if it has none, or is nothing else). */
export function stripTimeCode(text: string): string {
  const out = text.replace(LEADING_TIME_CODE, '');
  return out.trim() === '' ? text : out;
}
