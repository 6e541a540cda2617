// The articles the built site should show: every non-draft Markdown file in a directory.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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
    .map(({ f, data, body }) => ({ id: f.replace(/\.md$/, ''), title: String(data.title), parks: (data.parks as string[] | undefined) ?? [], companies: (data.companies as string[] | undefined) ?? [], body }));
}
