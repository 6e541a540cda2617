// Every park and every company the site has a page for: those the articles name (in their front
// matter), with what the authority files say about them. A name an editor typed that the
// authority does not list still gets its page.
import { isOtherKind, type Entity, type EntityKind } from '../../schema/entity.ts';
import type { ArticleEntry } from '../articles.ts';
import { slugify } from '../slug.ts';
import { loadAuthority, type Authority } from './authority.ts';
import { buildMatcher } from './known-names.ts';
import { findMention, type Mention } from './mention-sentence.ts';

export interface EntityMention {
  article: ArticleEntry;
  mention?: Mention | undefined;
}

export interface EntitySummary {
  kind: EntityKind;
  name: string;
  slug: string;
  /** What the authority file says, if it lists the name. */
  entry?: Entity | undefined;
  /** Articles naming it, newest first (the order they were given in). */
  mentions: EntityMention[];
}

export const KIND_LABEL: Record<EntityKind, string> = { parks: '园区', companies: '企业' };

const collator = new Intl.Collator('zh-Hans-CN-u-co-pinyin');

export function entityHref(kind: EntityKind, slug: string): string {
  return `/${kind}/${slug}/`;
}

/** Builds one kind's index from articles already sorted newest first. */
export function buildEntityIndex(kind: EntityKind, articles: readonly ArticleEntry[], authority: Authority): EntitySummary[] {
  const entries = authority[kind];
  const byName = new Map(entries.map((e) => [e.name, e]));
  const matcher = buildMatcher(entries);
  const summaries = new Map<string, EntitySummary>();
  for (const article of articles) {
    for (const name of article.data[kind]) {
      // A shopping centre or an institute the authority lists is neither a park nor a company.
      if (isOtherKind(byName.get(name)?.kind)) continue;
      const summary = summaries.get(name) ?? { kind, name, slug: '', entry: byName.get(name), mentions: [] };
      const text = `${article.data.title}。\n${article.body ?? ''}`;
      summary.mentions.push({ article, mention: findMention(text, matcher.forms(name)) });
      summaries.set(name, summary);
    }
  }
  const sorted = [...summaries.values()].sort((a, b) => collator.compare(a.name, b.name));
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

let authorityCache: Authority | undefined;

export function siteAuthority(): Authority {
  authorityCache ??= loadAuthority();
  return authorityCache;
}
