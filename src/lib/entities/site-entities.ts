// The site's parks and companies: the index of each kind over the published articles and the
// authority files, built once per build, and the address of an entity's page by its name.
import { loadAuthority, type Authority } from '../../core/entities/authority.ts';
import { entityHref, entityIndexHref } from '../../core/urls.ts';
import type { EntityKind } from '../../schema/entity.ts';
import { getPublishedArticles, type ArticleEntry } from '../articles.ts';
import { buildEntityIndex, type EntitySummary } from './entity-index.ts';

export type SiteEntity = EntitySummary<ArticleEntry>;

let authority: Authority | undefined;
const indexes = new Map<EntityKind, Promise<SiteEntity[]>>();

/** Parks or companies with their articles, built once per build. */
export function getEntityIndex(kind: EntityKind): Promise<SiteEntity[]> {
  let index = indexes.get(kind);
  if (!index) {
    authority ??= loadAuthority();
    const known = authority;
    index = getPublishedArticles().then((articles) => buildEntityIndex(kind, articles, known));
    indexes.set(kind, index);
  }
  return index;
}

const bySlugName = new Map<EntityKind, Promise<Map<string, string>>>();

/** The page address of a park or company by name (the kind's index if it has no page). */
export async function entityLink(kind: EntityKind, name: string): Promise<string> {
  // Looked up by name in a map made once: every article page links its parks and companies, so a
  // search through the list would grow with the square of the archive.
  let slugs = bySlugName.get(kind);
  if (!slugs) {
    slugs = getEntityIndex(kind).then((index) => new Map(index.map((e) => [e.name, e.slug])));
    bySlugName.set(kind, slugs);
  }
  const slug = (await slugs).get(name);
  return slug === undefined ? entityIndexHref(kind) : entityHref(kind, slug);
}
