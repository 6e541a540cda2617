// The word an editor most likely meant: a field name or an option misspelt (titel → title,
// companys → companies), typed in another case (Title), or written as its Chinese label (标题).
import { distance } from 'fastest-levenshtein';

/**
 * Edits allowed per character of the word typed: a third, so `titel` (two edits: a swap) finds
 * title and `date` finds nothing farther than one letter off.
 */
const EDITS_PER_CHARACTER = 1 / 3;

/** The option nearest to `typed`, if one is near enough; `synonyms` maps other words to options. */
export function nearestWord(typed: string, options: readonly string[], synonyms: ReadonlyMap<string, string> = new Map()): string | undefined {
  const bare = typed.trim();
  const lower = bare.toLowerCase();
  const same = options.find((o) => o.toLowerCase() === lower);
  if (same) return same;
  const named = synonyms.get(bare) ?? synonyms.get(lower);
  if (named && options.includes(named)) return named;
  const allowed = Math.max(1, Math.ceil(bare.length * EDITS_PER_CHARACTER));
  let best: string | undefined;
  let bestDistance = allowed + 1;
  for (const option of options) {
    const d = distance(lower, option.toLowerCase());
    if (d < bestDistance) {
      best = option;
      bestDistance = d;
    }
  }
  return best ?? sharedStart(lower, options);
}

/** Letters a word must share at its start with one option alone to be taken for it (publisher → publication). */
const SHARED_START = 4;

function sharedStart(lower: string, options: readonly string[]): string | undefined {
  const common = (o: string) => {
    let n = 0;
    while (n < lower.length && n < o.length && lower[n] === o[n]!.toLowerCase()) n++;
    return n;
  };
  const scored = options.map((o) => ({ o, n: common(o) })).sort((a, b) => b.n - a.n);
  const [first, second] = scored;
  if (!first || first.n < SHARED_START || (second && second.n === first.n)) return undefined;
  return first.o;
}
