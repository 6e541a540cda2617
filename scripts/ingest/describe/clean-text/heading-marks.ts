// A box's or a brief's mark before its heading (`■链接`, `◆湖畔新城举办招聘会`): the page's
// ornament, not the heading's words.
const LEADING_MARKS = /^(?:\s*[■□●○◆◇▲△★☆▶►▌▎|｜]+)+\s*/u;

export function dropLeadingMarks(text: string): string {
  const dropped = text.replace(LEADING_MARKS, '');
  // A heading that is nothing but marks keeps them: an empty title helps no one.
  return dropped.trim() ? dropped : text;
}
