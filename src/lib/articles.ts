// Reading the collection the way every page needs it, once per build: published articles newest
// first, the park and company indexes, and each article's neighbours on its page.
import { getCollection, type CollectionEntry } from 'astro:content';
import { compareArticles } from './compare-articles.ts';
import { buildEntityIndex, siteAuthority, type EntitySummary } from './entities/entity-index.ts';
import type { EntityKind } from '../schema/entity.ts';

export type ArticleEntry = CollectionEntry<'articles'>;

export async function getPublishedArticles(): Promise<ArticleEntry[]> {
  const entries = await getCollection('articles', ({ data }) => !data.draft);
  return entries.sort((a, b) => compareArticles(a, b));
}

export function articleHref(entry: { id: string }): string {
  return `/articles/${entry.id}/`;
}


const indexes = new Map<EntityKind, Promise<EntitySummary[]>>();

/** Parks or companies with their articles, built once per build. */
export function getEntityIndex(kind: EntityKind): Promise<EntitySummary[]> {
  let index = indexes.get(kind);
  if (!index) {
    index = getPublishedArticles().then((articles) => buildEntityIndex(kind, articles, siteAuthority()));
    indexes.set(kind, index);
  }
  return index;
}

/** The page address of a park or company by name. */
export async function entityLink(kind: EntityKind, name: string): Promise<string> {
  const entry = (await getEntityIndex(kind)).find((e) => e.name === name);
  return entry ? `/${kind}/${entry.slug}/` : `/${kind}/`;
}

let neighbours: Promise<Map<string, { prev?: ArticleEntry; next?: ArticleEntry }>> | undefined;

/** Previous and next article from the same raw file (or publication), computed once per build. */
export function getNeighbours(id: string): Promise<{ prev?: ArticleEntry; next?: ArticleEntry }> {
  neighbours ??= getPublishedArticles().then((articles) => {
    const groups = new Map<string, ArticleEntry[]>();
    for (const a of articles) {
      const key = a.data.source?.file ?? a.data.source?.publication;
      if (!key) continue;
      groups.set(key, [...(groups.get(key) ?? []), a]);
    }
    const map = new Map<string, { prev?: ArticleEntry; next?: ArticleEntry }>();
    for (const group of groups.values()) {
      group.sort((a, b) => (a.data.position ?? 0) - (b.data.position ?? 0) || a.id.localeCompare(b.id));
      group.forEach((a, i) => map.set(a.id, { ...(i > 0 ? { prev: group[i - 1]! } : {}), ...(i + 1 < group.length ? { next: group[i + 1]! } : {}) }));
    }
    return map;
  });
  return neighbours.then((m) => m.get(id) ?? {});
}
