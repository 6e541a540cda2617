// The site's parks and companies: the index of each kind over the published articles and the
// authority files, built once per build, and the address of an entity's page by its name.
import { loadAuthority, parentOf, type Authority } from '../../core/entities/authority.ts';
import { entityHref, entityIndexHref } from '../../core/urls.ts';
import type { EntityKind } from '../../schema/entity.ts';
import { getPublishedArticles, type ArticleEntry } from '../articles.ts';
import { buildEntityIndex, type EntitySummary } from './entity-index.ts';
import { resolveNames } from './resolve-names.ts';

export type SiteEntity = EntitySummary<ArticleEntry>;

let authority: Authority | undefined;
const indexes = new Map<EntityKind, Promise<SiteEntity[]>>();

/** The editors' authority files, read once per build. */
export function getAuthority(): Authority {
  authority ??= loadAuthority();
  return authority;
}

/** Parks or companies with their articles, built once per build. */
export function getEntityIndex(kind: EntityKind): Promise<SiteEntity[]> {
  let index = indexes.get(kind);
  if (!index) {
    const known = getAuthority();
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

/** An article's parks or companies as the site shows them: one per entity, others apart. */
export function articleNames(kind: EntityKind, listed: readonly string[]) {
  return resolveNames(getAuthority(), kind, listed);
}

export interface NamedLink {
  name: string;
  /** Its page, if it has one (an entity no article names has none). */
  href?: string | undefined;
}

async function linkIfPage(name: string): Promise<NamedLink> {
  const entity = (await getEntityIndex('companies')).find((e) => e.name === name);
  return { name, href: entity ? entityHref('companies', entity.slug) : undefined };
}

/** A company's parent (by its canonical name) and its subsidiaries, linked where they have pages. */
export async function companyFamily(name: string): Promise<{ parent?: NamedLink | undefined; subsidiaries: NamedLink[] }> {
  const known = getAuthority();
  const parent = parentOf(known, name);
  const subsidiaries = known.companies.filter((c) => parentOf(known, c.name) === name).map((c) => c.name);
  return { parent: parent ? await linkIfPage(parent) : undefined, subsidiaries: await Promise.all(subsidiaries.map(linkIfPage)) };
}
