import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { articleSchema } from '../schema/article.ts';
import { splitFrontMatter } from '../schema/front-matter.ts';
import { provenanceDiff } from './provenance-diff.ts';

const { data, body } = splitFrontMatter(readFileSync('content/articles/2019-04-16-jiaoxue-guanjianci.md', 'utf8'));
const article = articleSchema.parse(data);

it('shows the raw lines an article names and what the cleaning changed between them and its text', () => {
  const { raw, diff } = provenanceDiff(article, body);
  expect(raw?.length).toBeGreaterThan(0);
  // Only lines of the ranges the article names (as in 165-170, 180).
  const ranges = article.source!.lines!.split(',').map((r) => r.trim().split('-').map(Number) as [number, number?]);
  for (const line of raw!) expect(ranges.some(([from, to]) => line.n >= from && line.n <= (to ?? from))).toBe(true);
  // The title as published is in the diff's kept or added text: the diff ends at the clean text.
  const clean = diff!.parts
    .filter((p) => p.kind !== 'removed')
    .map((p) => p.text)
    .join('');
  expect(clean).toContain(article.title);
});

it('shows nothing when the article names no raw lines, or its raw file is gone', () => {
  expect(provenanceDiff({ ...article, source: undefined }, body)).toEqual({});
  expect(provenanceDiff({ ...article, source: { ...article.source, file: 'gone.txt' } }, body)).toEqual({});
});
