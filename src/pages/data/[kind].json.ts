// /data/parks.json and /data/companies.json: each kind's index as data, with co-named entities.
import type { APIContext } from 'astro';
import { entitiesFile, fileResponse } from '../../lib/export/site-export.ts';
import { ENTITY_KINDS, type EntityKind } from '../../schema/entity.ts';

export function getStaticPaths() {
  return ENTITY_KINDS.map((kind) => ({ params: { kind } }));
}

export const GET = async ({ params, site }: APIContext) => fileResponse(`${JSON.stringify(await entitiesFile(params.kind as EntityKind, site!), null, 2)}\n`, 'application/json');
