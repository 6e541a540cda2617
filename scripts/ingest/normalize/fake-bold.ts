// Headlines set in fake bold are printed twice with a tiny offset, and OCR reads every run twice:
// `徐州高新区徐州高新区：：` or `1818..33%%`. A line that is wholly a chain of doubled runs is undone;
// running text with real reduplication (人人, 常常, 2000) never parses that way and is left alone.

const MIN_LONGEST_RUN = 3;

/** Returns the undoubled line, or undefined when the line is not wholly doubled. */
export function undoubleLine(line: string): string | undefined {
  const chars = Array.from(line.trim());
  const n = chars.length;
  if (n < 4 || n % 2 !== 0) return undefined;
  // A line of one repeated character (哈哈哈哈哈哈, ……) is text, not a doubled headline.
  if (new Set(chars).size === 1) return undefined;
  // best[i]: the longest-run parse of chars[i..] into doubled runs, or null if none exists.
  const best: Array<{ runs: number[]; longest: number } | null> = new Array(n + 1).fill(null);
  best[n] = { runs: [], longest: 0 };
  for (let i = n - 2; i >= 0; i--) {
    for (let len = Math.floor((n - i) / 2); len >= 1; len--) {
      const rest = best[i + 2 * len];
      if (!rest) continue;
      let same = true;
      for (let k = 0; k < len; k++) {
        if (chars[i + k] !== chars[i + len + k]) {
          same = false;
          break;
        }
      }
      if (!same) continue;
      const longest = Math.max(len, rest.longest);
      if (!best[i] || longest > best[i]!.longest) best[i] = { runs: [len, ...rest.runs], longest };
    }
  }
  const parse = best[0];
  if (!parse || parse.longest < MIN_LONGEST_RUN) return undefined;
  let out = '';
  let i = 0;
  for (const len of parse.runs) {
    out += chars.slice(i, i + len).join('');
    i += 2 * len;
  }
  return out;
}

export function undoubleFakeBold(line: string): string {
  return undoubleLine(line) ?? line;
}
