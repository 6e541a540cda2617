// Raw-file line numbers as a reader reads them: "5-7, 9" → 第 5–7、9 行 (an en dash in a range, the
// enumeration comma between), in pieces that must not break across lines.

/** "5-7, 9" (the front matter's form) → ["5–7", "9"]. */
export function lineRangeParts(ranges: string): string[] {
  return ranges
    .split(/[,，、]\s*/)
    .map((part) => part.trim().replace(/\s*-\s*/, '–'))
    .filter(Boolean);
}

/** 第 5–7、9 行, as plain text (for a message body). */
export function lineLabel(ranges: string): string {
  return `第 ${lineRangeParts(ranges).join('、')} 行`;
}
