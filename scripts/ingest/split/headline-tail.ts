// Some pages print their headlines apart from the bodies: a block of headlines at the end of the
// page (set in fake bold, with a byline or a short item among them), while the bodies above stand
// without a headline. That block is a stretch at the end of the page made mostly of headings: at
// least two headline groups, and no more paragraph text than about twice the headings' own
// length. It only exists where the page also has bodies printed without a headline above them.
import { SPLIT } from './knobs.ts';
import type { Unit } from './units.ts';

/** `淄博高新区：1-7月经济运行稳中有进`: a title in subject-colon form closes its group of lines. */
export function endsHeadlineGroup(text: string): boolean {
  return /^\S{2,12}[:：]\S/u.test(text.trim());
}

/** A body printed with no headline above it: text right after the page top or a byline. */
function untitledBodiesBefore(units: readonly Unit[], end: number): number {
  let n = 0;
  for (let k = 0; k < end; k++) {
    const prev = units[k - 1];
    if (units[k]!.kind === 'text' && (prev === undefined || prev.kind === 'byline')) n++;
  }
  return n;
}

function headlineRun(units: readonly Unit[]): number {
  let groups = 0;
  let headingChars = 0;
  let paragraphChars = 0;
  let start = units.length;
  for (let i = units.length - 1; i >= 0; i--) {
    const unit = units[i]!;
    // (A list's items are text too: a box of briefs under its label is no block of headlines.)
    if (unit.kind === 'text' || unit.kind === 'bullet') {
      if (unit.text.length > SPLIT.maxTailParagraph) break;
      paragraphChars += unit.text.length;
    }
    if (unit.kind === 'head') {
      headingChars += unit.text.length;
      // A group starts where a heading is not preceded by another heading of the same group.
      const prev = units[i - 1];
      if (prev?.kind !== 'head' || endsHeadlineGroup(prev.text)) {
        groups++;
        if (groups >= SPLIT.minTailGroups && paragraphChars <= SPLIT.tailTextRatio * headingChars) start = i;
      }
    }
    if (paragraphChars > SPLIT.tailTextRatio * Math.max(headingChars, 1) + SPLIT.maxTailParagraph) break;
  }
  return start;
}

/** Index where the page's trailing headline block starts, or units.length when there is none. */
export function findHeadlineTail(units: readonly Unit[]): number {
  const start = headlineRun(units);
  return start < units.length && untitledBodiesBefore(units, start) > 0 ? start : units.length;
}
