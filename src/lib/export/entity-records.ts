// A kind's index (parks or companies) as data records (src/schema/export.ts).
import { absoluteUrl, entityHref } from '../../core/urls.ts';
import type { ExportedEntity } from '../../schema/export.ts';
import type { CoNamed } from '../entities/co-named.ts';
import { OTHER_KIND } from '../entities/co-named.ts';
import type { EntitySummary } from '../entities/entity-index.ts';

export function entityRecords(index: readonly EntitySummary[], coNamed: ReadonlyMap<string, readonly CoNamed[]>, site: string): ExportedEntity[] {
  return index.map((e) => ({
    name: e.name,
    slug: e.slug,
    url: absoluteUrl(entityHref(e.kind, e.slug), site),
    aliases: e.entry?.aliases ?? [],
    shortForms: e.entry?.shortForms ?? [],
    city: e.entry?.city ?? null,
    kind: e.entry?.kind ?? null,
    parent: e.entry?.parent ?? null,
    articles: e.mentions.map((m) => m.article.id),
    coNamed: (coNamed.get(e.name) ?? []).map((c) => ({ name: c.name, url: absoluteUrl(entityHref(OTHER_KIND[e.kind], c.slug), site), articles: c.articles.length })),
  }));
}
