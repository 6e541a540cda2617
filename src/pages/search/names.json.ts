// Every park and company with its other names, for the search page to put names first.
import { getEntityIndex } from '../../lib/articles.ts';
import { entityHref } from '../../lib/entities/entity-index.ts';

export async function GET() {
  const rows = [];
  for (const kind of ['parks', 'companies'] as const) {
    for (const e of await getEntityIndex(kind)) {
      const other = e.entry ? [...e.entry.aliases, ...e.entry.shortForms] : [];
      rows.push({ name: e.name, other, kind, href: entityHref(kind, e.slug), count: e.mentions.length });
    }
  }
  return new Response(JSON.stringify(rows), { headers: { 'Content-Type': 'application/json' } });
}
