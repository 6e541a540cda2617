// The scores a reading of a mixed page is weighed by (search-reading.ts): for every pair of
// printed lines in one article, the text's evidence that one continues the other (join-score.ts:
// the language model's words across the join, brackets, numbers, series, sentence ends), a
// penalty for lines of clearly different columns, and the first reading's links (the OCR's own,
// or the stream searches') as a prior, so that the text must speak against them to move a line.
import { endFeatures, joinScoreOf, joinSupport, startFeatures, wordGain } from './join-score.ts';
import { COLUMN_TOLERANCE, LOST_END, MID_SENTENCE_OPENS, NEXT_LINE_BONUS, OTHER_COLUMN, PARAGRAPH_OPENS, PUNCTUATION_OPENS, SAME_LINE_BONUS, STREAM_BONUS, UNCONFIRMED_SAME_LINE_BONUS, WEAK_LINE_BONUS } from './knobs.ts';
import type { Fragment } from './page-fragments.ts';
import type { ReadingScores } from './search-reading.ts';

export interface PageScores extends ReadingScores {
  /** The text's own evidence for a → b, without the prior. */
  evidence(a: number, b: number): number;
  /** The prior for keeping the first reading's link out of `a`. */
  prior(a: number): number;
  /** How firmly b holds on to a: the evidence, plus what trust in the OCR's line adds to it. */
  hold(a: number, b: number): number;
}

export interface ScoreInputs {
  fragments: readonly Fragment[];
  /** The article each line belongs to (by line index): no join across articles. */
  region: readonly number[];
  /** The first reading's successor of each fragment. */
  next: ReadonlyArray<number | undefined>;
  /** Which of those links the OCR made (the others a stream search made). */
  ocrNext: ReadonlyArray<number | undefined>;
  /** Lines whose own order the text confirmed… */
  trusted: ReadonlySet<number>;
  /** …and lines of several printed lines the stream search read as one column. */
  oneColumn: ReadonlySet<number>;
  /** Fragments whose OCR link inside a weakly mixed line its likeliest streams agree with. */
  weakLinks: ReadonlySet<number>;
}

export function pageScores({ fragments, region, next, ocrNext, trusted, oneColumn, weakLinks }: ScoreInputs): PageScores {
  const n = fragments.length;
  const ends = fragments.map((f) => endFeatures(f.text, f.column));
  const starts = fragments.map((f) => startFeatures(f.text, f.column));
  // Each pair is weighed once (the model's look-ups are what costs).
  const cache = new Float64Array(n * n).fill(Number.NaN);
  const supportCache = new Float64Array(n * n);
  const weigh = (a: number, b: number): void => {
    const fa = fragments[a]!;
    const fb = fragments[b]!;
    if (a === b || region[fa.line] !== region[fb.line]) {
      cache[a * n + b] = -Infinity;
      return;
    }
    const gain = wordGain(ends[a]!, starts[b]!);
    const otherColumn = fa.column !== undefined && fb.column !== undefined && Math.abs(fa.column - fb.column) > COLUMN_TOLERANCE;
    let score = joinScoreOf(ends[a]!, starts[b]!, gain);
    // A numbered paragraph after text that runs on: as likely a column's end the OCR lost as a wrong join.
    if (starts[b]!.paragraph && !ends[a]!.sentenceEnded) score = Math.max(score, LOST_END);
    cache[a * n + b] = score + (otherColumn ? OTHER_COLUMN : 0);
    supportCache[a * n + b] = otherColumn ? 0 : joinSupport(ends[a]!, starts[b]!, gain);
  };
  const evidence = (a: number, b: number): number => {
    if (Number.isNaN(cache[a * n + b]!)) weigh(a, b);
    return cache[a * n + b]!;
  };
  const support = (a: number, b: number): number => (evidence(a, b) === -Infinity ? 0 : supportCache[a * n + b]!);
  const prior = (a: number): number => {
    const b = next[a];
    if (b === undefined) return 0;
    const line = fragments[a]!.line;
    // Inside a line read as one column the OCR's order is to be trusted, most where the text confirms it.
    if (b === a + 1 && fragments[b]!.line === line && oneColumn.has(line)) return trusted.has(line) && support(a, b) >= 1 ? SAME_LINE_BONUS : UNCONFIRMED_SAME_LINE_BONUS;
    if (b === a + 1 && weakLinks.has(a)) return WEAK_LINE_BONUS;
    return ocrNext[a] === b ? NEXT_LINE_BONUS : STREAM_BONUS;
  };
  return {
    evidence,
    support,
    prior,
    join: (a, b) => evidence(a, b) + (next[a] === b ? prior(a) : 0),
    hold: (a, b) => evidence(a, b) + (next[a] === b ? Math.max(0, prior(a) - NEXT_LINE_BONUS) : 0),
    opens: (b) => (starts[b]!.punctuation ? PUNCTUATION_OPENS : starts[b]!.paragraph || starts[b]!.indented ? PARAGRAPH_OPENS : MID_SENTENCE_OPENS),
    closes: (a) => (ends[a]!.sentenceEnded ? 0 : LOST_END),
  };
}
