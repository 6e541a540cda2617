// The heaviest step of an article page, timed on its own for every article of a size: the
// provenance's cleaning diff (src/lib/provenance-diff.ts), which once took 125 ms on an article
// whose paragraphs were put back in order and is now bounded (cleaning-diff.ts, MAX_EDITS).
// Astro's own per-page times cannot show this: it renders several pages at once, and each page's
// time holds the others' work (astro.config.mjs, build.concurrency).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { provenanceDiff } from '../../src/lib/provenance-diff.ts';
import { articleSchema } from '../../src/schema/article.ts';
import { splitFrontMatter } from '../../src/schema/front-matter.ts';

export interface ProvenanceCost {
  articles: number;
  medianMs: number;
  maxMs: number;
  slowest: string;
  over50: number;
}

/** Times each article's provenance diff (after one pass that lets the code warm up). */
export function provenanceCost(articlesDir: string): ProvenanceCost {
  const articles = readdirSync(articlesDir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const { data, body } = splitFrontMatter(readFileSync(join(articlesDir, f), 'utf8'));
      const parsed = articleSchema.safeParse(data);
      return parsed.success ? { file: f, data: parsed.data, body } : undefined;
    })
    .filter((a) => a !== undefined);
  for (const a of articles.slice(0, 50)) provenanceDiff(a.data, a.body);
  const times = articles
    .map((a) => {
      const started = performance.now();
      provenanceDiff(a.data, a.body);
      return { file: a.file, ms: performance.now() - started };
    })
    .sort((x, y) => x.ms - y.ms);
  return {
    articles: times.length,
    medianMs: times[Math.floor(times.length / 2)]?.ms ?? 0,
    maxMs: times.at(-1)?.ms ?? 0,
    slowest: times.at(-1)?.file ?? '',
    over50: times.filter((t) => t.ms > 50).length,
  };
}
