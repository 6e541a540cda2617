// Every park and company with its other names, for the search page to put names first.
import { entityHref } from '../../core/urls.ts';
import { getEntityIndex } from '../../lib/entities/site-entities.ts';
import type { NameEntry } from '../../lib/search-data.ts';
import { ENTITY_KINDS } from '../../schema/entity.ts';

export async function GET() {
  const rows: NameEntry[] = [];
  for (const kind of ENTITY_KINDS) {
    for (const e of await getEntityIndex(kind)) {
      const other = e.entry ? [...e.entry.aliases, ...e.entry.shortForms] : [];
      rows.push({ name: e.name, other, kind, href: entityHref(kind, e.slug), count: e.mentions.length });
    }
  }
  return new Response(JSON.stringify(rows), { headers: { 'Content-Type': 'application/json' } });
}
