// Reading the editors' authority files: content/entities/parks.yaml and companies.yaml.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { authorityFileSchema, type Entity, type EntityKind } from '../../schema/entity.ts';
import { readYamlWith } from '../../schema/yaml.ts';

export const ENTITIES_DIR = 'content/entities';

export interface Authority {
  parks: Entity[];
  companies: Entity[];
}

export class AuthorityError extends Error {}

function readFile(dir: string, kind: EntityKind): Entity[] {
  const path = join(dir, `${kind}.yaml`);
  if (!existsSync(path)) return [];
  const entities = readYamlWith(authorityFileSchema, readFileSync(path, 'utf8'), path, [], AuthorityError);
  const seen = new Map<string, string>();
  for (const entity of entities) {
    for (const form of [entity.name, ...entity.aliases]) {
      const owner = seen.get(form);
      if (owner && owner !== entity.name) throw new AuthorityError(`${path}: "${form}" names both ${owner} and ${entity.name} — keep it in one entry only: a name leads to one page`);
      seen.set(form, entity.name);
    }
  }
  return entities;
}

/** A parent must be a company of the file (by name or alias), so its page can be linked. */
function checkParents(path: string, companies: readonly Entity[]): void {
  const names = new Set(companies.flatMap((c) => [c.name, ...c.aliases]));
  for (const c of companies) {
    if (c.parent && !names.has(c.parent)) throw new AuthorityError(`${path}: ${c.name}: parent "${c.parent}" is not a company of this file (add it, or write its listed name)`);
    if (c.parent && [c.name, ...c.aliases].includes(c.parent)) throw new AuthorityError(`${path}: ${c.name}: parent "${c.parent}" is the company itself`);
  }
}

/** Both authority files, validated; a missing file is an empty list. */
export function loadAuthority(dir: string = ENTITIES_DIR): Authority {
  const companies = readFile(dir, 'companies');
  checkParents(join(dir, 'companies.yaml'), companies);
  return { parks: readFile(dir, 'parks'), companies };
}

/** The canonical name of a company's parent (弗迪电池有限公司 → 比亚迪), for a link to its page. */
export function parentOf(authority: Authority, company: string): string | undefined {
  const entry = authority.companies.find((c) => c.name === company);
  if (!entry?.parent) return undefined;
  return authority.companies.find((c) => c.name === entry.parent || c.aliases.includes(entry.parent!))?.name;
}
