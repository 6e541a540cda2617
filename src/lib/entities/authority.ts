// Reading the editors' authority files: content/entities/parks.yaml and companies.yaml.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import { authorityFileSchema, type Entity, type EntityKind } from '../../schema/entity.ts';
import { formatIssues } from '../../schema/validate-article.ts';

export const ENTITIES_DIR = 'content/entities';

export interface Authority {
  parks: Entity[];
  companies: Entity[];
}

export class AuthorityError extends Error {}

function readFile(dir: string, kind: EntityKind): Entity[] {
  const path = join(dir, `${kind}.yaml`);
  if (!existsSync(path)) return [];
  const doc = parseDocument(readFileSync(path, 'utf8'), { schema: 'core' });
  if (doc.errors.length > 0) throw new AuthorityError(`${path}: invalid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  const data: unknown = doc.toJS() ?? [];
  const parsed = authorityFileSchema.safeParse(data);
  if (!parsed.success) throw new AuthorityError(formatIssues(path, parsed.error.issues, { entries: data }).join('\n'));
  const seen = new Map<string, string>();
  for (const entity of parsed.data) {
    for (const form of [entity.name, ...entity.aliases]) {
      const owner = seen.get(form);
      if (owner && owner !== entity.name) throw new AuthorityError(`${path}: "${form}" names both ${owner} and ${entity.name}`);
      seen.set(form, entity.name);
    }
  }
  return parsed.data;
}

/** Both authority files, validated; a missing file is an empty list. */
export function loadAuthority(dir: string = ENTITIES_DIR): Authority {
  return { parks: readFile(dir, 'parks'), companies: readFile(dir, 'companies') };
}
