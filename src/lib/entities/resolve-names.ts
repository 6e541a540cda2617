// The names an article lists, as the site shows them: one entry per park or company. A name the
// authority knows under another form (an alias, the name with or without a bracketed place, a short
// form only one entry has) becomes its canonical name, the same entity named twice counts once,
// and an entry of a kind that is neither park nor company (商业综合体, 研究院…) is set apart. The
// ingest already writes canonical names; this catches what an editor typed by hand, and articles
// written before an alias was added.
import type { Authority } from '../../core/entities/authority.ts';
import { buildMatcher, type NameMatcher } from '../../core/entities/known-names.ts';
import { isOtherKind, type Entity, type EntityKind } from '../../schema/entity.ts';

export interface ResolvedNames {
  /** Canonical names, in the article's order, each once. */
  names: string[];
  /** Names the authority lists as neither a park nor a company (canonical, each once). */
  others: string[];
}

interface Lookup {
  matcher: NameMatcher;
  byName: Map<string, Entity>;
  /** Short forms that belong to exactly one entry (经开区 of two parks stands for neither). */
  byShortForm: Map<string, Entity>;
}

const lookups = new WeakMap<readonly Entity[], Lookup>();

function lookupOf(entries: readonly Entity[]): Lookup {
  let lookup = lookups.get(entries);
  if (!lookup) {
    const owners = new Map<string, Entity[]>();
    for (const e of entries) for (const form of e.shortForms) owners.set(form, [...(owners.get(form) ?? []), e]);
    const byShortForm = new Map([...owners].filter(([, es]) => es.length === 1).map(([form, es]) => [form, es[0]!]));
    lookup = { matcher: buildMatcher(entries), byName: new Map(entries.map((e) => [e.name, e])), byShortForm };
    lookups.set(entries, lookup);
  }
  return lookup;
}

/** The authority's entry a listed name stands for, if any. */
export function entryFor(authority: Authority, kind: EntityKind, name: string): Entity | undefined {
  const { matcher, byName, byShortForm } = lookupOf(authority[kind]);
  const canonical = matcher.canonical(name);
  return (canonical !== undefined ? byName.get(canonical) : undefined) ?? byShortForm.get(name);
}

/** An article's list of one kind, resolved as the site shows it. */
export function resolveNames(authority: Authority, kind: EntityKind, listed: readonly string[]): ResolvedNames {
  const names: string[] = [];
  const others: string[] = [];
  for (const name of listed) {
    const entry = entryFor(authority, kind, name);
    const canonical = entry?.name ?? name;
    const into = isOtherKind(entry?.kind) ? others : names;
    if (!into.includes(canonical)) into.push(canonical);
  }
  return { names, others };
}
