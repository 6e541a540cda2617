// What a result shows of an article: the sentence that holds the query (the one holding most of
// its words, the first such), cut to a window around the first word found, with every word of the
// query marked. Text is compared folded (fold.ts), and shown as it is.
import { EXCERPT_WINDOW } from './knobs.ts';
import { fold } from './fold.ts';

export interface Segment {
  text: string;
  mark: boolean;
}

/** Where the words occur in the text, as [start, end) ranges, merged where they touch. */
export function wordRanges(text: string, words: readonly string[]): Array<[number, number]> {
  const folded = fold(text);
  const ranges: Array<[number, number]> = [];
  for (const word of words) {
    if (!word) continue;
    for (let at = folded.indexOf(word); at >= 0; at = folded.indexOf(word, at + 1)) ranges.push([at, at + word.length]);
  }
  ranges.sort((a, b) => a[0] - b[0]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** The text cut into plain and marked pieces. */
export function highlight(text: string, words: readonly string[]): Segment[] {
  const out: Segment[] = [];
  let at = 0;
  for (const [start, end] of wordRanges(text, words)) {
    if (start > at) out.push({ text: text.slice(at, start), mark: false });
    out.push({ text: text.slice(start, end), mark: true });
    at = end;
  }
  if (at < text.length) out.push({ text: text.slice(at), mark: false });
  return out;
}

// A sentence ends at 。！？； (with the closing quotes or brackets after it) or at a line's end.
const SENTENCE = /[^。！？；!?\n]*(?:[。！？；!?]+[”’」』）)]*|\n|$)/gu;

/** Cuts a long sentence to a window around `from`, with … where it was cut (surrogate-safe). */
function windowAround(sentence: string, from: number, to: number): string {
  const chars = Array.from(sentence);
  // Positions in code points: count the units before `from` and `to`.
  const cpFrom = Array.from(sentence.slice(0, from)).length;
  const cpTo = cpFrom + Array.from(sentence.slice(from, to)).length;
  const start = Math.max(0, cpFrom - EXCERPT_WINDOW);
  const end = Math.min(chars.length, cpTo + EXCERPT_WINDOW);
  return `${start > 0 ? '…' : ''}${chars.slice(start, end).join('')}${end < chars.length ? '…' : ''}`;
}

/**
 * The excerpt of an article's text for a query: the sentence holding most of the words, windowed
 * and marked. The lead sentence, unmarked, when no sentence holds any (the words are in the title).
 */
export function excerpt(text: string, words: readonly string[]): Segment[] {
  const sentences = (text.match(SENTENCE) ?? []).map((s) => s.trim()).filter(Boolean);
  let best: { sentence: string; held: number } | undefined;
  for (const sentence of sentences) {
    const folded = fold(sentence);
    const held = words.filter((w) => folded.includes(w)).length;
    if (held > (best?.held ?? 0)) best = { sentence, held };
    if (held === words.length) break;
  }
  if (!best) {
    const lead = sentences[0] ?? '';
    return lead ? [{ text: windowAround(lead, 0, 0), mark: false }] : [];
  }
  const first = wordRanges(best.sentence, words)[0]!;
  return highlight(windowAround(best.sentence, first[0], first[1]), words);
}
