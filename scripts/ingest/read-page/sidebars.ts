// Sidebars: boxes printed inside or beside an article (主讲人档案, 教学关键词, 相关链接…) are
// articles of their own. A box starts at a heading that names a box (a label such as 档案,
// 关键词, 链接, 背景) or that an editor listed in the sidecar (`sidebars:`), and ends at the next
// wide gap (three or more blank lines, where the OCR began a new block) or at the printed rule
// that closes it. Text after that gap and
// before the next article belongs to the article the box interrupted, so the box moves after it.
import { printedWidth } from '../char-classes.ts';
import { lineKind } from './line-kind.ts';
import { isCaptionLine } from './captions.ts';
import { furnitureKind } from './furniture.ts';
import type { PageLine } from './page-lines.ts';
import { LINES } from './knobs.ts';

/** The words Chinese newspapers label their boxes with. */
const BOX_LABEL = /(档案|关键词|链接|背景|名片|小贴士|知识点|名词解释|延伸阅读|相关阅读|记者手记|编后|短评|数说|数读|速览)$/u;

const INDENTED = /^(?:\u3000{2}| {2,}\u3000?)\S/u;

const letters = (text: string) => text.replace(/[^\p{Script=Han}\p{L}\p{N}]/gu, '');

export function isBoxLabel(text: string): boolean {
  // (A label may be letter-spaced: `数 读`.)
  const t = /^\p{Script=Han}(?: \p{Script=Han}){1,5}$/u.test(text.trim()) ? text.replace(/\s+/gu, '') : text.trim();
  return printedWidth(t) <= LINES.boxLabelWidth && !/[，。,.;；：:、]/u.test(t) && BOX_LABEL.test(t);
}

/**
 * A box drawn between two printed rules (`━━━━` over its label and under its last line) ends at
 * the lower rule, however its paragraphs are set: the index of the line under it, if there is one.
 */
function ruledEnd(lines: readonly PageLine[], label: number, startsArticle: (i: number) => boolean): number | undefined {
  if (lines[label]!.ruleAbove !== true) return undefined;
  for (let j = label + 2; j < lines.length && lines[j]!.gapBefore < LINES.boxEndGap && !startsArticle(j); j++) if (lines[j]!.ruleAbove) return j;
  return undefined;
}

export interface SidebarReading {
  lines: PageLine[];
  /** Line numbers of headings that start an article of their own. */
  articleStarts: Set<number>;
}

export function separateSidebars(lines: readonly PageLine[], sidecarHeadings: readonly string[] = []): SidebarReading {
  const listed = new Set(sidecarHeadings.map(letters));
  const isSidebarHeading = (line: PageLine) => isBoxLabel(line.text) || (listed.size > 0 && listed.has(letters(line.text)));
  const articleStarts = new Set<number>();
  for (const line of lines) if (isSidebarHeading(line)) articleStarts.add(line.lineNo);
  if (articleStarts.size === 0) return { lines: [...lines], articleStarts };

  // Where the next article starts: a sidebar heading, or a heading with a byline under it.
  const out = [...lines];
  const startsArticle = (i: number): boolean => {
    const line = out[i]!;
    if (articleStarts.has(line.lineNo)) return true;
    // A headline over its byline, or set apart by a wide gap from the text above.
    if (lineKind(line.text) !== 'heading') return false;
    return line.gapBefore >= LINES.headlineGap || [out[i + 1], out[i + 2]].some((l) => l !== undefined && lineKind(l.text) === 'byline');
  };
  const isText = (line: PageLine) => furnitureKind(line.text) === undefined && !isCaptionLine(line.text);

  for (let i = 0; i < out.length; i++) {
    if (!isSidebarHeading(out[i]!)) continue;
    let end = i + 1;
    // The box also ends where, after a blank line, a paragraph opens indented as the article's are and the box's are not.
    const boxIndented = out[i + 1] !== undefined && INDENTED.test(out[i + 1]!.text);
    const resumes = (j: number) => !boxIndented && out[j]!.gapBefore >= 1 && INDENTED.test(out[j]!.text);
    const ruled = ruledEnd(out, i, startsArticle);
    if (ruled !== undefined) end = ruled;
    else while (end < out.length && out[end]!.gapBefore < LINES.boxEndGap && !startsArticle(end) && !resumes(end)) end++;
    let next = end;
    while (next < out.length && !startsArticle(next)) next++;
    // Only text of the interrupted article after the gap makes the box move; furniture does not.
    if (next > end && out.slice(end, next).some(isText)) {
      const box = out.splice(i, end - i);
      out.splice(next - box.length, 0, ...box);
      i = next - 1;
    } else i = end - 1;
  }
  return { lines: out, articleStarts };
}
