// The parks and companies an article lists, read against the authority files as the site reads
// them: a name the authority knows under another form (an alias, a short form, the legal name
// with or without its bracketed place) is shown under its canonical name, and check says so; a
// name it does not know gets the nearest known names and the line that would add it.
import { ENTITIES_DIR, type Authority } from '../../src/core/entities/authority.ts';
import { nearestNames } from '../../src/core/entities/nearest-names.ts';
import { entryFor } from '../../src/lib/entities/resolve-names.ts';
import { ENTITY_KINDS, isOtherKind, type EntityKind } from '../../src/schema/entity.ts';
import { authorityLine } from './authority-line.ts';

const OTHER: Record<EntityKind, EntityKind> = { parks: 'companies', companies: 'parks' };
const NOUN: Record<EntityKind, string> = { parks: 'park', companies: 'company' };

export interface NameFindings {
  /** What the site does with a name written another way: not a problem. */
  notes: string[];
  /** Names the authority does not know, each with the articles listing it. */
  unknown: Map<string, { kind: EntityKind; name: string; files: string[] }>;
}

export function newNameFindings(): NameFindings {
  return { notes: [], unknown: new Map() };
}

/** Reads one article's lists into `into`. */
export function readNames(shown: string, lists: Record<EntityKind, readonly string[]>, authority: Authority, into: NameFindings): void {
  for (const kind of ENTITY_KINDS) {
    const seen = new Map<string, string>();
    for (const name of lists[kind]) {
      const entry = entryFor(authority, kind, name);
      if (!entry) {
        const key = `${kind}\n${name}`;
        const known = into.unknown.get(key) ?? { kind, name, files: [] };
        known.files.push(shown);
        into.unknown.set(key, known);
        continue;
      }
      const file = `${ENTITIES_DIR}/${kind}.yaml`;
      if (entry.name !== name) into.notes.push(`${shown}: ${kind}: ${name} is shown as ${entry.name}, its name in ${file} (one page, one set of links; writing ${entry.name} says the same)`);
      if (isOtherKind(entry.kind)) into.notes.push(`${shown}: ${kind}: ${entry.name} is a ${entry.kind} in ${file}, listed apart on the article as 其他机构, without a page of its own`);
      const before = seen.get(entry.name);
      if (before !== undefined) into.notes.push(`${shown}: ${kind}: ${before} and ${name} are one ${NOUN[kind]}, ${entry.name}: the site lists it once`);
      seen.set(entry.name, name);
    }
  }
}

/** One warning per unknown name: where it is listed, what it may have meant, how to add it. */
export function unknownNameWarnings(findings: NameFindings, authority: Authority): string[] {
  return [...findings.unknown.values()].map(({ kind, name, files }) => {
    const where = files.length === 1 ? files[0]! : `${files[0]} (and ${files.length - 1} more)`;
    const file = `${ENTITIES_DIR}/${kind}.yaml`;
    const elsewhere = entryFor(authority, OTHER[kind], name);
    if (elsewhere) return `${where}: ${kind}: ${name} is a ${NOUN[OTHER[kind]]} in ${ENTITIES_DIR}/${OTHER[kind]}.yaml, not a ${NOUN[kind]} — move it to ${OTHER[kind]}:`;
    const near = nearestNames(name, authority[kind]);
    const meant = near.length > 0 ? ` — did you mean ${near.join(' or ')}? If` : ' — if';
    return `${where}: ${kind}: ${name} is not in ${file}${meant} it is a ${NOUN[kind]} of its own, add it there with one line: ${authorityLine(kind, name)}`;
  });
}
