// The page as a list of non-empty lines, each remembering how many blank lines surround it:
// blank-line runs are the only trace of the page's layout that OCR keeps.

export interface PageLine {
  /** 1-based line number in the decoded raw text, for reports. */
  lineNo: number;
  text: string;
  gapBefore: number;
  gapAfter: number;
  /** Set by the columns step: a headline that shared its OCR line with another column's. */
  heading?: boolean;
  /** Printed right under an image the saved page left as a placeholder (`[图片]`): its caption. */
  caption?: boolean;
  /** A wrapped caption's later line (the caption opens on the line marked `caption` above it). */
  captionContinued?: boolean;
  /** A printed rule stood right above it (blank lines between at most): a box's border ended there. */
  ruleAbove?: boolean;
}

export function toPageLines(text: string): PageLine[] {
  const out: PageLine[] = [];
  let gap = 0;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      gap++;
      return;
    }
    const prev = out.at(-1);
    if (prev) prev.gapAfter = gap;
    out.push({ lineNo: i + 1, text: line, gapBefore: out.length === 0 ? 0 : gap, gapAfter: 0 });
    gap = 0;
  });
  return out;
}

/** The gap the page leaves between most of its lines (the most frequent; the smaller on a tie). */
export function usualGap(lines: readonly PageLine[]): number {
  const counts = new Map<number, number>();
  for (const l of lines.slice(1)) counts.set(l.gapBefore, (counts.get(l.gapBefore) ?? 0) + 1);
  let best = 0;
  let bestCount = -1;
  for (const [gap, n] of [...counts].sort((a, b) => a[0] - b[0])) {
    if (n > bestCount) {
      best = gap;
      bestCount = n;
    }
  }
  return best;
}
