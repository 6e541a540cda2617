// Some pages print their headlines apart from the bodies: a block of headlines at the end of the
// page (set in fake bold, with a byline or a photo item among them). That block is a stretch at
// the end of the page made mostly of headings: at least two heading groups, and no more
// paragraph text than about twice the headings' own length.
import type { Block } from '../layout/read-page.ts';

const MIN_GROUPS = 2;
const MAX_PARAGRAPH_RATIO = 2;
const MAX_PARAGRAPH_LENGTH = 400;

/** `淄博高新区：1-7月经济运行稳中有进`: a title in subject-colon form closes its group of lines. */
export function endsHeadlineGroup(text: string): boolean {
  return /^\S{2,12}[:：]\S/u.test(text);
}

/** A body printed with no headline above it: text right after the page top, a byline or a caption. */
function untitledBodiesBefore(blocks: readonly Block[], end: number): number {
  let n = 0;
  for (let k = 0; k < end; k++) {
    const prev = blocks[k - 1];
    if (blocks[k]!.kind === 'paragraph' && (prev === undefined || prev.kind === 'byline' || prev.kind === 'dateline')) n++;
  }
  return n;
}

/**
 * Index where the trailing headline block starts, or blocks.length when there is none. Such a
 * block only exists where the page also has bodies printed without a headline above them.
 */
export function findHeadlineBlock(blocks: readonly Block[]): number {
  const start = findHeadlineRun(blocks);
  return start < blocks.length && untitledBodiesBefore(blocks, start) > 0 ? start : blocks.length;
}

function findHeadlineRun(blocks: readonly Block[]): number {
  let groups = 0;
  let headingChars = 0;
  let paragraphChars = 0;
  let start = blocks.length;
  for (let i = blocks.length - 1; i >= 0; i--) {
    const block = blocks[i]!;
    if (block.kind === 'paragraph') {
      if (block.text.length > MAX_PARAGRAPH_LENGTH) break;
      paragraphChars += block.text.length;
    }
    if (block.kind === 'heading') {
      headingChars += block.text.length;
      // A group starts where a heading is not preceded by another heading of the same group.
      const prev = blocks[i - 1];
      if (prev?.kind !== 'heading' || endsHeadlineGroup(prev.text)) {
        groups++;
        if (groups >= MIN_GROUPS && paragraphChars <= MAX_PARAGRAPH_RATIO * headingChars) start = i;
      }
    }
    if (paragraphChars > MAX_PARAGRAPH_RATIO * Math.max(headingChars, 1) + MAX_PARAGRAPH_LENGTH) break;
  }
  return start;
}
