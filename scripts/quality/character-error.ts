// Character error rate of a page's articles against a hand transcription: the edit distance
// (Levenshtein, by fastest-levenshtein) between what a reader would read and the transcription,
// per character of the transcription. Whitespace and paragraph breaks do not count; articles are
// paired by title, and a transcribed article with no counterpart counts as wholly wrong.
import { distance } from 'fastest-levenshtein';
import type { TranscribedArticle } from './transcription.ts';

export interface ArticleError {
  title: string;
  found: boolean;
  errors: number;
  length: number;
}

export interface PageError {
  articles: ArticleError[];
  errors: number;
  length: number;
  rate: number;
}

/** The text compared: no whitespace, no Markdown heading marks. */
export function comparable(text: string): string {
  // An editor's short mark in 〔〕 (〔下缺〕 where a column's end was lost) is not text, as in the
  // corpus's scorer.
  return text
    .replace(/^#+\s*/gmu, '')
    .replace(/〔[^〕]{1,6}〕/gu, '')
    .replace(/\s+/gu, '');
}

const sameTitle = (a: string, b: string) => comparable(a) === comparable(b);

export function characterErrorRate(produced: readonly TranscribedArticle[], expected: readonly TranscribedArticle[]): PageError {
  const articles = expected.map((want): ArticleError => {
    const got = produced.find((p) => sameTitle(p.title, want.title));
    const reference = comparable(want.text);
    return {
      title: want.title,
      found: got !== undefined,
      errors: got ? distance(comparable(got.text), reference) : reference.length,
      length: reference.length,
    };
  });
  // Text in articles the transcription does not have is wrong too (it belongs somewhere else).
  const extra = produced.filter((p) => !expected.some((e) => sameTitle(p.title, e.title)));
  const extraErrors = extra.reduce((n, p) => n + comparable(p.text).length, 0);
  const errors = articles.reduce((n, a) => n + a.errors, 0) + extraErrors;
  const length = articles.reduce((n, a) => n + a.length, 0);
  if (extra.length > 0) articles.push(...extra.map((p) => ({ title: p.title, found: false, errors: comparable(p.text).length, length: 0 })));
  return { articles, errors, length, rate: length === 0 ? 0 : errors / length };
}

/**
 * Share of the joins between printed lines that read as the transcription does: a join is right
 * when the last characters before it and the first after it stand together in the transcription.
 */
export function joinsRight(joins: ReadonlyArray<readonly [string, string]>, expected: readonly TranscribedArticle[]): { right: number; total: number } {
  const letters = (t: string) => t.replace(/〔[^〕]{1,6}〕/gu, '').replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '');
  const reference = expected.map((a) => letters(a.text)).join('|');
  let right = 0;
  for (const [before, after] of joins) {
    const a = Array.from(letters(before)).slice(-4).join('');
    const b = Array.from(letters(after)).slice(0, 4).join('');
    if (reference.includes(a + b)) right++;
  }
  return { right, total: joins.length };
}
