// What the researchers' files and pictures should hold, worked out from the articles' front
// matter and the authority files alone (not from the site's code). A clipping printed in
// Traditional characters is read in Simplified, as the site's collection reads it
// (src/lib/printed-script.ts): its data files are those of the Simplified pages.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { loadAuthority } from '../../src/core/entities/authority.ts';
import { articleSchema, type Article } from '../../src/schema/article.ts';
import { isOtherKind } from '../../src/schema/entity.ts';
import { simplifiedFrontMatter, toSimplified } from '../../src/lib/printed-script.ts';
import { splitFrontMatter } from '../../src/schema/front-matter.ts';
import { siteNames } from './site-names.ts';

export interface FullArticle {
  id: string;
  data: Article;
  body: string;
}

export function fullArticles(dir: string): FullArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => {
      const { data, body } = splitFrontMatter(readFileSync(join(dir, f), 'utf8'));
      const printedInTraditional = data.script === 'hant';
      return { id: f.replace(/\.md$/, ''), data: articleSchema.parse(simplifiedFrontMatter(data)), body: printedInTraditional ? toSimplified(body) : body };
    })
    .filter((a) => !a.data.draft);
}

/** Park → company → articles naming both (names the authority says are neither left out). */
export function expectedPairs(articles: readonly FullArticle[]): Map<string, Map<string, number>> {
  const authority = loadAuthority();
  const other = new Set([...authority.parks, ...authority.companies].filter((e) => isOtherKind(e.kind)).map((e) => e.name));
  const pairs = new Map<string, Map<string, number>>();
  for (const a of articles) {
    // Names as the site lists them: aliases and short forms resolved to one entry.
    for (const park of new Set(siteNames('parks', a.data.parks))) {
      if (other.has(park)) continue;
      const companies = pairs.get(park) ?? new Map<string, number>();
      for (const company of new Set(siteNames('companies', a.data.companies))) if (!other.has(company)) companies.set(company, (companies.get(company) ?? 0) + 1);
      pairs.set(park, companies);
    }
  }
  return pairs;
}
