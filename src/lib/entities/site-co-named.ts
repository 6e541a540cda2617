// The site's co-named index (co-named.ts), built once per build for each kind.
import type { EntityKind } from '../../schema/entity.ts';
import { coNamedIndex, OTHER_KIND, type CoNamed } from './co-named.ts';
import { getEntityIndex } from './site-entities.ts';

const built = new Map<EntityKind, Promise<Map<string, CoNamed[]>>>();

/** For every park (or company), the companies (or parks) named in the same articles. */
export function getCoNamed(kind: EntityKind): Promise<Map<string, CoNamed[]>> {
  let index = built.get(kind);
  if (!index) {
    index = Promise.all([getEntityIndex(kind), getEntityIndex(OTHER_KIND[kind])]).then(([own, other]) => coNamedIndex(own, other));
    built.set(kind, index);
  }
  return index;
}
