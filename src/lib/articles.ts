// Reading the collection the way every page needs it: published only, newest first.
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareArticles } from './compare-articles.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

export async function getPublishedArticles(): Promise<ArticleEntry[]> {
  const entries = await getCollection('articles', ({ data }) => !data.draft);
  return entries.sort((a, b) => compareArticles(a, b));
}

export function articleHref(entry: { id: string }): string {
  return `/articles/${entry.id}/`;
}
