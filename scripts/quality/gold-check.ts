// Checks that a gold file is fit to score with (the rules of the shared corpus's make_corpus.py,
// for the project's own gold files): every junk string is on the raw page and in no gold body;
// every character of a body, title or caption is on the page (so the gold keeps OCR misreads and
// invents nothing); bylines are on the page; every park and company is named in its article; and
// the gold's style: full-width Chinese punctuation, no decoration, no whitespace but one space
// between Latin or digit words (and the ideographic space between a short heading's two phrases),
// ASCII digits and letters, no empty paragraph.
import type { GoldPage } from './gold-score/types.ts';
import { pyIter, pyStr, pyTruthy } from './gold-score/python-values.ts';

const PUNCT = new Map([
  ['“', '"'],
  ['”', '"'],
  ['‘', "'"],
  ['’', "'"],
  ['⁃', '-'],
  ['〜', '~'],
]);

/** For comparing the raw page with the gold: NFKC, straight quotes, no whitespace or zero-width marks. */
export function comparable(text: string): string {
  return [...text.normalize('NFKC')]
    .map((c) => PUNCT.get(c) ?? c)
    .join('')
    .replace(/[\s\u200b\ufeff]/gu, '');
}

function countChars(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const c of text) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts;
}

/** Characters of `text` (with multiplicity) that `pool` does not have. */
export function missingChars(text: string, pool: ReadonlyMap<string, number>): string {
  const need = countChars(text);
  return [...need]
    .filter(([c, n]) => (pool.get(c) ?? 0) < n)
    .map(([c]) => c)
    .join('');
}

const DECORATION = /[▌■◆◇●□▶▲★◎☆]/u;
const HAN = /\p{Script=Han}/u;
const LATIN_OR_DIGIT = /[A-Za-z0-9]/u;

/** Style problems of one line of gold text. */
export function styleProblems(line: string, heading = false): string[] {
  const chars = [...line];
  const out: string[] = [];
  chars.forEach((c, i) => {
    const prev = chars[i - 1] ?? '';
    const next = chars[i + 1] ?? '';
    const at = () => chars.slice(Math.max(0, i - 6), i + 6).join('');
    if (DECORATION.test(c)) out.push(`decoration ${c} at ${at()}`);
    if (',;:()?!'.includes(c) && (HAN.test(prev) || HAN.test(next) || '()'.includes(c)) && !(/\d/u.test(prev) && /\d/u.test(next))) out.push(`half-width ${c} at ${at()}`);
    if (/\s/u.test(c)) {
      const latinGap = c === ' ' && LATIN_OR_DIGIT.test(prev) && LATIN_OR_DIGIT.test(next);
      const phraseGap = heading && c === '\u3000' && HAN.test(prev) && /[\p{Script=Han}“]/u.test(next) && chars.length <= 30;
      if (!latinGap && !phraseGap) out.push(`space at ${at()}`);
    }
    if (/[０-９Ａ-Ｚａ-ｚ]/u.test(c)) out.push(`full-width ${c} at ${at()}`);
  });
  return out;
}

const strings = (v: unknown): string[] => (pyTruthy(v) ? pyIter(v) : []).map(pyStr);

/** Problems of one gold page against its raw text, each naming the article and the field. */
export function checkGold(gold: GoldPage, rawText: string): string[] {
  const raw = comparable(rawText);
  const rawCounts = countChars(raw);
  const problems: string[] = [];
  const bodies = gold.articles.map((a) => comparable(a.body));
  for (const j of gold.junk.map(pyStr)) {
    if (!raw.includes(comparable(j))) problems.push(`junk ${JSON.stringify(j)} is not on the raw page`);
    if (bodies.some((b) => b.includes(comparable(j)))) problems.push(`junk ${JSON.stringify(j)} is in a gold body`);
  }
  for (const a of gold.articles) {
    const key = pyStr(a.key);
    const body = a.body.replace(/\n$/u, '');
    const tableFree = body
      .split('\n')
      .filter((l) => !/^\|( --- \|)+$/u.test(l))
      .join('')
      .replaceAll('|', '');
    const lost = missingChars(comparable(tableFree), rawCounts);
    if (lost) problems.push(`${key}: body characters not on the page: ${lost}`);
    if (body.split('\n').some((l) => l.trim() === '')) problems.push(`${key}: empty paragraph in body`);
    body
      .split('\n')
      .filter((l) => !l.startsWith('|'))
      .forEach((l) => problems.push(...styleProblems(l, [...l].length <= 30).map((p) => `${key}/body: ${p}`)));
    for (const field of ['title', 'kicker', 'subtitle', 'series']) {
      if (!pyTruthy(a[field])) continue;
      const v = pyStr(a[field]);
      const lostHead = missingChars(comparable(v), rawCounts);
      if (lostHead) problems.push(`${key}: ${field} characters not on the page: ${lostHead}`);
      if (comparable(body).includes(comparable(v))) problems.push(`${key}: ${field} repeated in the body`);
      problems.push(...styleProblems(v, true).map((p) => `${key}/${field}: ${p}`));
    }
    for (const name of strings(a.byline)) if (!raw.includes(comparable(name))) problems.push(`${key}: byline ${name} is not on the page`);
    for (const c of strings(a.captions)) {
      if (missingChars(comparable(c), rawCounts)) problems.push(`${key}: caption characters not on the page: ${c}`);
      if (comparable(body).includes(comparable(c))) problems.push(`${key}: caption inside the body`);
      problems.push(...styleProblems(c).map((p) => `${key}/caption: ${p}`));
    }
    const named = comparable(body + pyStr(a.title ?? '') + strings(a.captions).join(''));
    for (const e of [...strings(a.parks), ...strings(a.companies)]) if (!named.includes(comparable(e))) problems.push(`${key}: ${e} is not named in the article`);
  }
  return problems;
}
