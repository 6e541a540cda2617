// jieba's dictionary as data: each word's frequency (from a large Chinese corpus) and part-of-
// speech tag, parsed once per process for every tool that weighs words by it (the columns step's
// unigram model, the suspects' finder). Parsing it is a third of a second; twice was too often.
import { dict } from '@node-rs/jieba/dict.js';

export interface WordFrequencies {
  /** Each word's count; no word is listed twice. */
  count: Map<string, number>;
  /** The sum of all counts. */
  total: number;
  /** Each word with its tag, in the dictionary's order (for indexes built over all words). */
  entries: Array<{ word: string; tag: string }>;
}

let parsed: WordFrequencies | undefined;

export function wordFrequencies(): WordFrequencies {
  if (parsed) return parsed;
  const count = new Map<string, number>();
  const entries: WordFrequencies['entries'] = [];
  let total = 0;
  const file = new TextDecoder().decode(dict);
  for (let start = 0; start < file.length; ) {
    let end = file.indexOf('\n', start);
    if (end < 0) end = file.length;
    const line = file.slice(start, end);
    start = end + 1;
    const space = line.indexOf(' ');
    if (space <= 0) continue;
    const second = line.indexOf(' ', space + 1);
    const word = line.slice(0, space);
    const n = Number(line.slice(space + 1, second < 0 ? undefined : second));
    if (!Number.isFinite(n) || n <= 0) continue;
    count.set(word, (count.get(word) ?? 0) + n);
    entries.push({ word, tag: second < 0 ? '' : line.slice(second + 1).trim() });
    total += n;
  }
  parsed = { count, total, entries };
  return parsed;
}
