// Line numbers as a short readable list of ranges, and back: [5,6,7,9] ⇄ "5-7, 9".

export function toRanges(lines: Iterable<number>): string {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const parts: string[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j + 1 < sorted.length && sorted[j + 1] === sorted[j]! + 1) j++;
    parts.push(i === j ? `${sorted[i]}` : `${sorted[i]}-${sorted[j]}`);
    i = j + 1;
  }
  return parts.join(', ');
}

export function fromRanges(ranges: string): number[] {
  return ranges.split(/,\s*/).flatMap((part) => {
    const [a, b] = part.split('-').map(Number);
    if (a === undefined || Number.isNaN(a)) return [];
    return Array.from({ length: (b ?? a) - a + 1 }, (_, k) => a + k);
  });
}

/** Adds the lines between two listed lines when all of them are blank, so ranges stay short. */
export function bridgeBlankLines(lines: Iterable<number>, isBlank: (line: number) => boolean): number[] {
  const sorted = [...new Set(lines)].sort((a, b) => a - b);
  const out: number[] = [];
  sorted.forEach((line, i) => {
    out.push(line);
    const next = sorted[i + 1];
    if (next === undefined) return;
    const between = Array.from({ length: next - line - 1 }, (_, k) => line + 1 + k);
    if (between.length > 0 && between.every(isBlank)) out.push(...between);
  });
  return out;
}
