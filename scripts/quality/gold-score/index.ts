// The corpus scorer: an articles directory and gold files in, score.py's report out. The pure
// scoring is score.ts; this file only reads the inputs. A gold file that cannot be used is named
// in `problems` and left out; the others are scored.
import { readAuthorityAliases } from './authority-aliases.ts';
import { readArticles } from './read-articles.ts';
import { readGold } from './read-gold.ts';
import { scoreArticles } from './score.ts';
import type { GoldPage, ScoreReport } from './types.ts';

export { scoreArticles } from './score.ts';
export { formatReport, totalsLine } from './format-report.ts';
export type * from './types.ts';

export interface DirectoryScore {
  report: ScoreReport;
  problems: string[];
}

export function scoreDirectory(articlesDir: string, goldPaths: readonly string[], authorityDir: string): DirectoryScore {
  const { articles, problems } = readArticles(articlesDir);
  const golds: GoldPage[] = [];
  for (const path of goldPaths) {
    try {
      golds.push(readGold(path));
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  return { report: scoreArticles(articles, golds, readAuthorityAliases(authorityDir)), problems };
}
