// An article's parks and companies: the authority's names (canonical), plus names found by their
// form that the authority does not know yet, which are also proposed to the editor as candidates.
// Entries of other kinds (a shopping centre, an institute: see OTHER_KINDS) are recognised, so a
// list that names them proposes nothing, but an article lists them as neither.
// A clipping printed in Traditional characters is read through a Simplified view of the same
// length, and new names are quoted as printed.
import type { Authority } from '../../../src/core/entities/authority.ts';
import { buildMatcher, type NameMatcher } from '../../../src/core/entities/known-names.ts';
import { isOtherKind, type Entity } from '../../../src/schema/entity.ts';
import { printedForm, simplifiedChars as simplifiedView } from '../../../src/core/script.ts';
import { findCompanyNames, findListedCompanies, findParkNames, oneNamePerCompany, oneNamePerPark, type FoundName } from './new-names.ts';

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

interface Merged {
  names: string[];
  fresh: FoundName[];
}

/** Known names first, then found ones: a found name the authority knows is its canonical name. */
function merge(known: string[], found: readonly FoundName[], matcher: NameMatcher, others: NameMatcher): Merged {
  const names = [...known];
  const fresh: FoundName[] = [];
  for (const f of found) {
    if (others.canonical(f.name)) continue;
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

/** New names that are another name of the list (its short form, or it without its bracketed place) go. */
function dropRepeats(merged: Merged, others: ReadonlySet<string>, onePerEntity: (names: readonly string[]) => string[]): Merged {
  const shorts = new Set(merged.fresh.flatMap((f) => (f.short ? [f.short] : [])));
  const all = [...merged.names, ...others];
  const kept = new Set(onePerEntity(all));
  const isRepeat = (name: string) => shorts.has(name) || !kept.has(name);
  const freshNames = new Set(merged.fresh.map((f) => f.name));
  return {
    names: merged.names.filter((n) => !freshNames.has(n) || !isRepeat(n)),
    fresh: merged.fresh.filter((f) => !isRepeat(f.name)),
  };
}

function printed(text: string, view: string) {
  return (f: FoundName): FoundName => ({ ...f, name: printedForm(text, view, f.name), ...(f.short ? { short: printedForm(text, view, f.short) } : {}) });
}

export function createEntityDetector(authority: Authority): EntityDetector {
  // Entries of OTHER_KINDS are matched apart: known, but listed as neither parks nor companies.
  const listable = (e: Entity) => !isOtherKind(e.kind);
  const parks = buildMatcher(authority.parks.filter(listable));
  const companies = buildMatcher(authority.companies.filter(listable));
  const others = buildMatcher([...authority.parks, ...authority.companies].filter((e) => !listable(e)));
  return {
    detect(text: string): DetectedEntities {
      const view = simplifiedView(text);
      const asPrinted = printed(text, view);
      const p = dropRepeats(merge(parks.find(view), findParkNames(view), parks, others), new Set(), oneNamePerPark);
      // A listed name that holds a known one (中心商圈金鹰国际) is that known name, not a new one.
      const listed = findListedCompanies(view).filter((f) => companies.find(f.name).length === 0 && others.find(f.name).length === 0);
      const otherNames = new Set(others.find(view));
      const c = dropRepeats(merge(companies.find(view), [...findCompanyNames(view), ...listed], companies, others), otherNames, oneNamePerCompany);
      const newCompanies = c.fresh.map(asPrinted);
      const newParks = p.fresh.map(asPrinted);
      const printedName = (name: string, fresh: readonly FoundName[]) => (fresh.some((f) => f.name === name) ? printedForm(text, view, name) : name);
      return {
        parks: p.names.map((n) => printedName(n, p.fresh)),
        companies: c.names.map((n) => printedName(n, c.fresh)),
        newParks,
        newCompanies,
      };
    },
  };
}
