// A feed post's marks at the ends of its text: topic tags (`#湖畔高新区#`, a microblog's topics,
// set before or after what the post says) and the collapse link the saved page kept (`收起`,
// `收起d`: the link's icon read as a letter). Inside a sentence a tag is left alone: there it is
// read as part of the text.

const LEADING_TAGS = /^(?:#[^#\s]{1,30}#\s*)+/u;
// The collapse link only after a sentence's end or a tag: a hard-wrapped line may end in 收起 mid-sentence.
const TRAILING_MARKS = /(?<=[。！？!?”…#])(?:\s*#[^#\s]{1,30}#)*\s*(?:收起全文|收起|展开全文)[a-z]?$|(?:\s*#[^#\s]{1,30}#)+$/u;

/** The line without the post's marks at its ends (unchanged if it has none, or is nothing else). */
export function stripPostMarks(text: string): string {
  const out = text.replace(LEADING_TAGS, '').replace(TRAILING_MARKS, '');
  return out.trim() === '' ? text : out;
}
