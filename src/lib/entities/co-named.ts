// Who appears with whom: for each park, the companies named in the same articles (and for each
// company, the parks), counted by shared articles. Pure; built from the two entity indexes, so a
// name the index leaves out (neither a park nor a company) is left out here too.
import { comparePinyin } from '../../core/pinyin-order.ts';
import type { EntityKind } from '../../schema/entity.ts';
import type { EntitySummary, IndexedArticle } from './entity-index.ts';

export interface CoNamed {
  name: string;
  slug: string;
  /** Ids of the articles naming both, in the order of the entity's own articles (newest first). */
  articles: string[];
}

export const OTHER_KIND: Record<EntityKind, EntityKind> = { parks: 'companies', companies: 'parks' };

/** Most shared articles first, then pinyin order. */
export function byShared(a: CoNamed, b: CoNamed): number {
  return b.articles.length - a.articles.length || comparePinyin(a.name, b.name);
}

/** For every entity of `index`, the entities of `other` (the other kind) its articles also name. */
export function coNamedIndex<A extends IndexedArticle>(index: readonly EntitySummary<A>[], other: readonly EntitySummary<A>[]): Map<string, CoNamed[]> {
  const byName = new Map(other.map((e) => [e.name, e]));
  const result = new Map<string, CoNamed[]>();
  for (const entity of index) {
    const found = new Map<string, CoNamed>();
    for (const { article } of entity.mentions) {
      for (const name of new Set(article.data[OTHER_KIND[entity.kind]])) {
        const target = byName.get(name);
        if (!target) continue;
        const entry = found.get(name) ?? { name, slug: target.slug, articles: [] };
        entry.articles.push(article.id);
        found.set(name, entry);
      }
    }
    result.set(entity.name, [...found.values()].sort(byShared));
  }
  return result;
}

export interface CoNamedEdge {
  park: string;
  company: string;
  articles: number;
}

/** Every park–company pair named together, as edges of the network. */
export function coNamedEdges(parks: ReadonlyMap<string, readonly CoNamed[]>): CoNamedEdge[] {
  return [...parks].flatMap(([park, companies]) => companies.map((c) => ({ park, company: c.name, articles: c.articles.length })));
}
