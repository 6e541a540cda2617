// Headlines printed apart from their bodies are matched to the untitled bodies by what they name:
// each headline's words are weighted by how rare they are among the candidate bodies (a name like
// 淄博 that one body uses often counts; 高新区, which every body uses, hardly does), and the best
// pairs are taken greedily.
import { segmentWords } from '../../../src/core/segment-words.ts';
import { readHeadlines, type HeadLine } from './headline-roles.ts';
import { plainText, type Draft } from './draft.ts';
import { UNITS } from './knobs.ts';

export interface FloatingHeadline {
  lines: HeadLine[];
  byline: string[];
  /** Raw line numbers the headline (and its byline) were printed on. */
  rawLines: number[];
}


function count(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
}

function keyTerms(lines: readonly HeadLine[]): string[] {
  const words = lines.flatMap((l) => segmentWords(l.text));
  return [...new Set(words.filter((w) => /\p{Script=Han}{2,}/u.test(w)))];
}

/** Returns warnings for headlines that matched nothing. */
export function matchHeadlines(articles: Draft[], headlines: readonly FloatingHeadline[]): string[] {
  const untitled = articles.filter((a) => !a.title.title);
  if (headlines.length === 0) return [];
  const texts = untitled.map(plainText);
  const pairs: Array<{ h: number; a: number; score: number }> = [];
  headlines.forEach((headline, h) => {
    // How rare each word is among the bodies, computed once per word.
    const weighted = keyTerms(headline.lines).flatMap((term) => {
      const df = texts.filter((t) => t.includes(term)).length;
      return df === 0 ? [] : [{ term, weight: Math.log((1 + texts.length) / df) * Array.from(term).length }];
    });
    untitled.forEach((_, a) => {
      let score = 0;
      for (const { term, weight } of weighted) score += weight * Math.log(1 + count(texts[a]!, term));
      pairs.push({ h, a, score });
    });
  });
  pairs.sort((x, y) => y.score - x.score);
  const usedH = new Set<number>();
  const usedA = new Set<number>();
  for (const { h, a, score } of pairs) {
    if (score < UNITS.matchMinScore || usedH.has(h) || usedA.has(a)) continue;
    usedH.add(h);
    usedA.add(a);
    const article = untitled[a]!;
    article.title = { ...readHeadlines(headlines[h]!.lines), ...(article.title.series ? { series: article.title.series } : {}) };
    article.titleOrigin = 'printed';
    article.byline.push(...headlines[h]!.byline);
    for (const n of headlines[h]!.rawLines) article.lines.add(n);
  }
  return headlines
    .filter((_, h) => !usedH.has(h))
    .map((hl) => `headline "${hl.lines.map((l) => l.text).join(' ')}" matched no article body; it was dropped`);
}
