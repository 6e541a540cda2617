// Footnotes at a page's foot: a short printed rule, then the notes led by their numbers (`①…`,
// `[1]…`, `注①…`). Printed where the page breaks, they cut the sentence running on to the next
// page; they are taken out of the text's flow and put after it, as the article's last paragraphs.
import type { FurnitureKind } from './furniture.ts';
import { RULE } from './furniture.ts';
import type { PageLine } from './page-lines.ts';

/** A note's number at the head of its line. */
export const NOTE_MARK = /^(?:[①-⑳]|\[\d{1,2}\]|〔\d{1,2}〕|注\s*[①-⑳\d]\s*[:：.．]?)\s*\p{Script=Han}/u;

/** Indexes of the footnotes' lines: under a rule, each led by its number, wrapped lines with it. */
export function footnoteLines(lines: readonly PageLine[], kinds: ReadonlyArray<FurnitureKind | undefined>): number[] {
  const out: number[] = [];
  lines.forEach((line, i) => {
    if (!RULE.test(line.text.trim())) return;
    for (let j = i + 1; j < lines.length && kinds[j] === undefined; j++) {
      const t = lines[j]!.text.trim();
      const opens = NOTE_MARK.test(t);
      // A note's own wrapped line follows it without a gap; anything else ends the notes.
      if (!opens && (j === i + 1 || lines[j]!.gapBefore > 0)) break;
      out.push(j);
    }
  });
  return out;
}
