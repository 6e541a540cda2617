// Finding the authority's names in a text: canonical names and aliases anywhere, short forms
// (经开区) only where the text also names the entity in full (徐州经开区): a short form refers back
// to a name the article gave, and on its own it is usually a kind of place (各类高新区、经开区). Longer forms win over the shorter ones inside them
// (徐工汽车 is not also 徐工), so each stretch of text names at most one entity.
import type { Entity } from '../../schema/entity.ts';
import { withoutBracketedPlace } from './bracketed-place.ts';

interface Form {
  surface: string;
  entity: Entity;
  needsShortFormContext: boolean;
}

export interface NameMatcher {
  /** Canonical names found in the text, in order of first mention. */
  find(text: string): string[];
  /** The canonical name for a surface form (name or alias, with or without a bracketed place), if the authority knows it. */
  canonical(surface: string): string | undefined;
  /** Every surface form of a canonical name, longest first. */
  forms(canonical: string): string[];
}

/** A name run on into a school's (中兴大学, 某某学院): the school's name, not a mention of the entity. */
const SCHOOL_AFTER = /^(?:大学|学院|中学|小学|大學|學院)/u;

export function buildMatcher(entities: readonly Entity[]): NameMatcher {
  const forms: Form[] = entities
    .flatMap((entity) => [
      { surface: entity.name, entity, needsShortFormContext: false },
      ...entity.aliases.map((surface) => ({ surface, entity, needsShortFormContext: false })),
      ...entity.shortForms.map((surface) => ({ surface, entity, needsShortFormContext: true })),
    ])
    .sort((a, b) => b.surface.length - a.surface.length);
  const byName = new Map(entities.map((e) => [e.name, e]));
  const bySurface = new Map(forms.filter((f) => !f.needsShortFormContext).map((f) => [f.surface, f.entity.name]));
  // 某某（徐州）材料有限公司 and 某某材料有限公司 are one company: a bracketed place is left out to compare.
  const byBareSurface = new Map([...bySurface].map(([surface, name]) => [withoutBracketedPlace(surface), name]));

  return {
    find(text: string): string[] {
      const taken = new Array<boolean>(text.length).fill(false);
      const found: Array<{ at: number; name: string }> = [];
      const namedInFull = (entity: Entity) => [entity.name, ...entity.aliases].some((n) => text.includes(n));
      for (const form of forms) {
        if (form.needsShortFormContext && !namedInFull(form.entity)) continue;
        for (let at = text.indexOf(form.surface); at >= 0; at = text.indexOf(form.surface, at + 1)) {
          const end = at + form.surface.length;
          if (taken.slice(at, end).some(Boolean) || SCHOOL_AFTER.test(text.slice(end, end + 2))) continue;
          taken.fill(true, at, end);
          found.push({ at, name: form.entity.name });
        }
      }
      found.sort((a, b) => a.at - b.at);
      return [...new Set(found.map((f) => f.name))];
    },
    canonical: (surface) => bySurface.get(surface) ?? byBareSurface.get(withoutBracketedPlace(surface)),
    forms(canonical: string): string[] {
      const entity = byName.get(canonical);
      if (!entity) return [canonical];
      return [entity.name, ...entity.aliases, ...entity.shortForms].sort((a, b) => b.length - a.length);
    },
  };
}
