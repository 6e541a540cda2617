// Every park and every company the site has a page for: those the articles name (in their front
// matter), with what the authority files say about them. A name an editor typed that the
// authority does not list still gets its page.
import type { Authority } from '../../core/entities/authority.ts';
import { buildMatcher } from '../../core/entities/known-names.ts';
import { slugify } from '../../core/slug.ts';
import { byPinyin } from '../../core/pinyin-order.ts';
import type { Entity, EntityKind } from '../../schema/entity.ts';
import { findMention, type Mention } from './mention-sentence.ts';
import { resolveNames } from './resolve-names.ts';

/** What the index reads of an article (a collection entry has it all). */
export interface IndexedArticle {
  id: string;
  body?: string | undefined;
  data: { title: string } & Record<EntityKind, string[]>;
}

export interface EntityMention<A extends IndexedArticle = IndexedArticle> {
  article: A;
  mention?: Mention | undefined;
}

export interface EntitySummary<A extends IndexedArticle = IndexedArticle> {
  kind: EntityKind;
  name: string;
  slug: string;
  /** What the authority file says, if it lists the name. */
  entry?: Entity | undefined;
  /** Articles naming it, newest first (the order they were given in). */
  mentions: EntityMention<A>[];
}

export const KIND_LABEL: Record<EntityKind, string> = { parks: '园区', companies: '企业' };

/** Builds one kind's index from articles already sorted newest first. */
export function buildEntityIndex<A extends IndexedArticle>(kind: EntityKind, articles: readonly A[], authority: Authority): EntitySummary<A>[] {
  const entries = authority[kind];
  const byName = new Map(entries.map((e) => [e.name, e]));
  const matcher = buildMatcher(entries);
  const summaries = new Map<string, EntitySummary<A>>();
  for (const article of articles) {
    // One entry per entity however the article wrote it; a shopping centre or an institute the
    // authority lists is neither a park nor a company, and gets no page.
    for (const name of resolveNames(authority, kind, article.data[kind]).names) {
      const summary = summaries.get(name) ?? { kind, name, slug: '', entry: byName.get(name), mentions: [] };
      const text = `${article.data.title}。\n${article.body ?? ''}`;
      summary.mentions.push({ article, mention: findMention(text, matcher.forms(name)) });
      summaries.set(name, summary);
    }
  }
  const sorted = [...summaries.values()].sort(byPinyin((s) => s.name));
  // Slugs from pinyin; names that read alike get -2, -3 in pinyin order, so they stay stable.
  const used = new Set<string>();
  for (const s of sorted) {
    const base = slugify(s.name);
    let slug = base;
    for (let n = 2; used.has(slug); n++) slug = `${base}-${n}`;
    used.add(slug);
    s.slug = slug;
  }
  return sorted;
}

/** The most named first (ties in pinyin order, as given), at most `limit`. */
export function mostNamed<A extends IndexedArticle>(index: readonly EntitySummary<A>[], limit: number): EntitySummary<A>[] {
  return [...index].sort((a, b) => b.mentions.length - a.mentions.length).slice(0, limit);
}
