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

import { buildEntityIndex, siteAuthority, type EntitySummary } from './entities/entity-index.ts';
import type { EntityKind } from '../schema/entity.ts';

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
