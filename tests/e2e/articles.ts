// The articles the built site should show: every non-draft Markdown file in a directory, as the
// main (Simplified) pages show them: a clipping printed in Traditional characters is read in
// Simplified there (src/lib/printed-script.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { simplifiedFrontMatter, toSimplified } from '../../src/lib/printed-script.ts';
import { splitFrontMatter } from '../../src/schema/front-matter.ts';

export interface SiteArticle {
  id: string;
  title: string;
  parks: string[];
  companies: string[];
  body: string;
}

export function publishedArticles(dir: string): SiteArticle[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .map((f) => ({ f, ...splitFrontMatter(readFileSync(join(dir, f), 'utf8')) }))
    .filter(({ data }) => data.draft !== true)
    .map(({ f, data: printed, body }) => {
      const data = simplifiedFrontMatter(printed);
      return {
        id: f.replace(/\.md$/, ''),
        title: String(data.title),
        parks: (data.parks as string[] | undefined) ?? [],
        companies: (data.companies as string[] | undefined) ?? [],
        body: printed.script === 'hant' ? toSimplified(body) : body,
      };
    });
}
