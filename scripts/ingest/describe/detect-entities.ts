// An article's parks and companies: the authority's names (canonical), plus names found by their
// form that the authority does not know yet, which are also proposed to the editor as candidates.
import type { Authority } from '../../../src/lib/entities/authority.ts';
import { buildMatcher, type NameMatcher } from '../../../src/lib/entities/known-names.ts';
import { findCompanyNames, findListedCompanies, findParkNames } from './new-names.ts';

export interface EntityDetector {
  detect(text: string): DetectedEntities;
}

export interface DetectedEntities {
  parks: string[];
  companies: string[];
  /** Names the authority does not know, with a short name the text gave for them. */
  newParks: Array<{ name: string }>;
  newCompanies: Array<{ name: string; short?: string }>;
}

function merge(known: string[], found: Array<{ name: string }>, matcher: NameMatcher) {
  const names = [...known];
  const fresh: Array<{ name: string; short?: string }> = [];
  for (const f of found) {
    const canonical = matcher.canonical(f.name);
    if (canonical) {
      if (!names.includes(canonical)) names.push(canonical);
    } else if (!names.includes(f.name)) {
      names.push(f.name);
      fresh.push(f);
    }
  }
  return { names, fresh };
}

export function createEntityDetector(authority: Authority): EntityDetector {
  const parks = buildMatcher(authority.parks);
  const companies = buildMatcher(authority.companies);
  return {
    detect(text: string): DetectedEntities {
      const p = merge(parks.find(text), findParkNames(text), parks);
      // A listed name that holds a known one (中心商圈金鹰国际) is that known name, not a new one.
      const listed = findListedCompanies(text).filter((f) => companies.find(f.name).length === 0);
      const c = merge(companies.find(text), [...findCompanyNames(text), ...listed], companies);
      // A short name the text introduced for a new company counts as that company.
      const shorts = new Set(c.fresh.flatMap((f) => ('short' in f && f.short ? [f.short] : [])));
      return { parks: p.names, companies: c.names.filter((n) => !shorts.has(n)), newParks: p.fresh, newCompanies: c.fresh };
    },
  };
}
