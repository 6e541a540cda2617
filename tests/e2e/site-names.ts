// The names of an article's parks and companies as the site lists them (one per entity, by its
// canonical name; what is neither park nor company left out), for tests that compare with it.
import { join } from 'node:path';
import { loadAuthority } from '../../src/core/entities/authority.ts';
import { resolveNames } from '../../src/lib/entities/resolve-names.ts';
import type { EntityKind } from '../../src/schema/entity.ts';
import { root } from './site-process.ts';

const authority = loadAuthority(join(root, 'content/entities'));

export function siteNames(kind: EntityKind, listed: readonly string[]): string[] {
  return resolveNames(authority, kind, listed).names;
}

export function otherNames(listed: readonly string[]): string[] {
  return [...resolveNames(authority, 'parks', listed).others, ...resolveNames(authority, 'companies', listed).others];
}
