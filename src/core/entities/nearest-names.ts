// The authority's names nearest to one it does not know, for `npm run check` to suggest: a name
// spelt a character or two off (徐州软仵园), one name inside the other (徐州软件园区, 中润新能源),
// or distinctive words in common (中润新能源公司 and 中润新能源（徐州）有限公司). Sharing a single
// character, a kind of park (高新区), a legal form (有限公司) or only a place name (徐州) is not near.
import { distance } from 'fastest-levenshtein';
import type { Entity } from '../../schema/entity.ts';
import { COMPANY_FORMS, PARK_KINDS } from '../name-forms.ts';
import { isPlaceName } from '../place-names.ts';
import { segmentWords } from '../segment-words.ts';
import { withoutBracketedPlace } from './bracketed-place.ts';
import { CHARACTERS_PER_EDIT, GENERIC_NAME_WORDS, MIN_SHARED_SPAN, SUGGESTIONS } from './knobs.ts';

const GENERIC = new Set<string>([...PARK_KINDS, ...COMPANY_FORMS, ...GENERIC_NAME_WORDS]);

/** Words that tell one name from another: not generic, not a place, two characters or more. */
function distinctiveWords(name: string): Set<string> {
  return new Set(segmentWords(withoutBracketedPlace(name)).filter((w) => Array.from(w).length >= 2 && !GENERIC.has(w) && !isPlaceName(w)));
}

/** Lower is nearer; undefined when not near at all. Spelling beats containment beats shared words. */
function nearness(typed: string, form: string, typedWords: ReadonlySet<string>): number | undefined {
  const a = withoutBracketedPlace(typed);
  const b = withoutBracketedPlace(form);
  const longer = Math.max(a.length, b.length);
  const edits = distance(a, b);
  if (edits <= Math.max(1, Math.floor(longer / CHARACTERS_PER_EDIT)) && longer - edits >= MIN_SHARED_SPAN) return edits;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= MIN_SHARED_SPAN && long.includes(short) && !GENERIC.has(short) && !isPlaceName(short)) return 10 + (long.length - short.length) / long.length;
  let shared = 0;
  for (const w of distinctiveWords(form)) if (typedWords.has(w)) shared += w.length;
  return shared > 0 ? 20 - shared / longer : undefined;
}

/** Up to SUGGESTIONS canonical names nearest to `typed`, nearest first. */
export function nearestNames(typed: string, entries: readonly Entity[], limit = SUGGESTIONS): string[] {
  const typedWords = distinctiveWords(typed);
  const scored: Array<{ name: string; score: number }> = [];
  for (const entry of entries) {
    const scores = [entry.name, ...entry.aliases].map((form) => nearness(typed, form, typedWords)).filter((s): s is number => s !== undefined);
    if (scores.length > 0) scored.push({ name: entry.name, score: Math.min(...scores) });
  }
  return scored
    .sort((x, y) => x.score - y.score)
    .slice(0, limit)
    .map((s) => s.name);
}
