// The site's network: pairs from the co-named index, node facts from the entity indexes, and the
// words a screen reader gets for the picture. Pure.
import type { CoNamed } from '../entities/co-named.ts';
import type { NodeInput } from './network-layout.ts';
import { selectPairs, type Pair } from './network-select.ts';

export interface NamedEntity {
  name: string;
  href: string;
  articles: number;
}

export interface NetworkData {
  pairs: Pair[];
  names: { park: Map<string, NodeInput>; company: Map<string, NodeInput> };
  /** Parks and companies named with the other kind at all, and how many of them are drawn. */
  linked: { parks: number; companies: number };
  drawn: { parks: number; companies: number };
}

export function networkData(
  parks: readonly NamedEntity[],
  companies: readonly NamedEntity[],
  parkCoNamed: ReadonlyMap<string, readonly CoNamed[]>,
  limits: { parks: number; companies: number },
): NetworkData {
  const all = [...parkCoNamed].flatMap(([park, list]) => list.map((c) => ({ park, company: c.name, articles: c.articles.length })));
  const pairs = selectPairs(all, limits.parks, limits.companies);
  const count = (list: readonly Pair[], side: 'park' | 'company') => new Set(list.map((p) => p[side])).size;
  return {
    pairs,
    names: { park: new Map(parks.map((p) => [p.name, p])), company: new Map(companies.map((c) => [c.name, c])) },
    linked: { parks: count(all, 'park'), companies: count(all, 'company') },
    drawn: { parks: count(pairs, 'park'), companies: count(pairs, 'company') },
  };
}

/** The picture in words: how many of each, and the pairs named together most often. */
export function networkSummary(data: NetworkData, top = 5): string {
  const strongest = [...data.pairs]
    .sort((a, b) => b.articles - a.articles)
    .slice(0, top)
    .filter((p) => p.articles > 1);
  const lines = [`图中有 ${data.drawn.parks} 个园区、${data.drawn.companies} 家企业，${data.pairs.length} 条连线，每条连线表示至少一篇文章同时提到两者。`];
  if (strongest.length > 0) lines.push(`同时提到最多的：${strongest.map((p) => `${p.park}与${p.company}（${p.articles} 篇）`).join('、')}。`);
  lines.push('各园区与企业的对应关系见图下的列表。');
  return lines.join('');
}
