// Reading the collection the way every page needs it, once per build: published articles newest
// first, and each article's neighbours on its page.
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareArticles, inPrintedOrder } from './compare-articles.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

export async function getPublishedArticles(): Promise<ArticleEntry[]> {
  const entries = await getCollection('articles', ({ data }) => !data.draft);
  return entries.sort(compareArticles);
}

interface Neighbours {
  prev?: ArticleEntry;
  next?: ArticleEntry;
}

let neighbours: Promise<Map<string, Neighbours>> | undefined;

/** Previous and next article from the same raw file (or publication), computed once per build. */
export function getNeighbours(id: string): Promise<Neighbours> {
  neighbours ??= getPublishedArticles().then((articles) => {
    const groups = new Map<string, ArticleEntry[]>();
    for (const a of articles) {
      const key = a.data.source?.file ?? a.data.source?.publication;
      if (!key) continue;
      groups.set(key, [...(groups.get(key) ?? []), a]);
    }
    const map = new Map<string, Neighbours>();
    for (const group of groups.values()) {
      const ordered = inPrintedOrder(group);
      ordered.forEach((a, i) => map.set(a.id, { ...(i > 0 ? { prev: ordered[i - 1]! } : {}), ...(i + 1 < ordered.length ? { next: ordered[i + 1]! } : {}) }));
    }
    return map;
  });
  return neighbours.then((m) => m.get(id) ?? {});
}
