// The name index: every park and company an article names (as the site's /parks/ and /companies/
// pages list them, src/lib/entities/entity-index.ts), filed by the character pairs of its names,
// and each one's articles, newest first, with the sentence that names it. The search page shows
// these before it needs the full-text index: a name query costs a bucket file and one page of a
// list.
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { Authority } from '../core/entities/authority.ts';
import { entityHref } from '../core/urls.ts';
import { buildEntityIndex, type IndexedArticle } from '../lib/entities/entity-index.ts';
import { findMention } from '../lib/entities/mention-sentence.ts';
import { entityListFile, nameBucketFile, namesDir, type EntityItem, type EntityListPage, type NameEntry } from '../lib/search-data.ts';
import { ENTITY_PAGE_SIZE, NAME_BUCKET_TARGET_BYTES } from '../lib/search/knobs.ts';
import { entryBuckets } from '../lib/search/names.ts';
import { ENTITY_KINDS } from '../schema/entity.ts';
import { ensureDir, hashOf } from './build-cache.ts';
import type { SearchRecord } from './search-record.ts';

/** An article with its place in the index: shard and document number. */
export interface IndexedDoc {
  record: SearchRecord;
  shard: string;
  n: number;
}

interface IndexedArticleOf extends IndexedArticle {
  doc: IndexedDoc;
}

/** Written last in a name index's directory: the index is whole. */
const COMPLETE = '.complete';

export interface NameIndexResult {
  id: string;
  buckets: number;
  count: number;
}

const LEAD = /^[^。！？\n]*[。！？]?/u;
const LEAD_CHARS = 60;

/** An article of the list: the sentence of its text that names the entity (not its title, shown anyway), or its lead. */
function listItem(doc: IndexedDoc, forms: readonly string[]): EntityItem {
  const r = doc.record;
  const mention = findMention(r.text, forms);
  const lead = Array.from(LEAD.exec(r.text)?.[0] ?? '');
  return {
    p: r.path,
    t: r.title,
    ...(r.date ? { d: r.date } : {}),
    ...(mention ? { m: [mention.before, mention.match, mention.after] } : { l: lead.length > LEAD_CHARS ? `${lead.slice(0, LEAD_CHARS).join('')}…` : lead.join('') }),
    r: [doc.shard, doc.n],
    w: forms.flatMap((f, i) => (r.title.includes(f) || r.text.includes(f) ? [i] : [])),
  };
}

/** Does the article write one of the names itself (in its text or title), not only carry the tag? */
const writesName = (doc: IndexedDoc, forms: readonly string[]) => forms.some((f) => doc.record.title.includes(f) || doc.record.text.includes(f));

function listPages(articles: ReadonlyArray<{ article: IndexedArticleOf }>, forms: readonly string[]): EntityListPage[] {
  // A search hit must hold what was searched: an article tagged by hand with a name its text never
  // writes is on the entity's page, but not in its search list.
  const named = articles.filter(({ article }) => writesName(article.doc, forms));
  const items = named.map(({ article }) => listItem(article.doc, forms));
  const refs: Record<string, number[]> = {};
  for (const { article } of named) (refs[article.doc.shard] ??= []).push(article.doc.n);
  for (const list of Object.values(refs)) list.sort((a, b) => a - b);
  const pages = Math.max(1, Math.ceil(items.length / ENTITY_PAGE_SIZE));
  return Array.from({ length: pages }, (_, i) => ({
    total: items.length,
    pages,
    items: items.slice(i * ENTITY_PAGE_SIZE, (i + 1) * ENTITY_PAGE_SIZE),
    ...(i === 0 ? { refs } : {}),
  }));
}

/** Writes the name index under site/search-index/n/<id>/; docs newest first. */
export function writeNameIndex(site: string, docs: readonly IndexedDoc[], authority: Authority): NameIndexResult {
  const articles: IndexedArticleOf[] = docs.map((doc) => ({
    id: doc.record.path,
    body: doc.record.text,
    data: { title: doc.record.title, parks: doc.record.filters.park, companies: doc.record.filters.company },
    doc,
  }));
  const entries: NameEntry[] = [];
  const lists = new Map<string, EntityListPage[]>();
  for (const kind of ENTITY_KINDS) {
    for (const summary of buildEntityIndex(kind, articles, authority)) {
      const href = entityHref(kind, summary.slug);
      const other = summary.entry?.aliases ?? [];
      entries.push({ name: summary.name, other, kind, href, count: summary.mentions.length });
      // Names and aliases name it by themselves; short forms (经开区) only after them, so a
      // sentence holding only a short form is not the one to show.
      lists.set(href, listPages(summary.mentions, [summary.name, ...other]));
    }
  }
  // Each entry is filed once per character pair of its names (fewer where pairs share a bucket).
  const size = entries.reduce((n, e) => n + Buffer.byteLength(JSON.stringify(e)) * entryBuckets(e, 1 << 30).size, 0);
  const buckets = 2 ** Math.max(0, Math.ceil(Math.log2(Math.max(1, size / NAME_BUCKET_TARGET_BYTES))));
  const filed: NameEntry[][] = Array.from({ length: buckets }, () => []);
  for (const entry of entries) for (const b of entryBuckets(entry, buckets)) filed[b]!.push(entry);
  const id = hashOf(JSON.stringify(filed), JSON.stringify([...lists])).slice(0, 16);
  // Named by what it holds: the same index left by the last build is kept as it is.
  if (existsSync(join(site, namesDir(id), COMPLETE))) return { id, buckets, count: entries.length };
  const write = (path: string, value: unknown) => {
    const file = join(site, path);
    ensureDir(dirname(file));
    writeFileSync(file, JSON.stringify(value));
  };
  filed.forEach((list, b) => write(nameBucketFile(id, b), list));
  for (const [href, pages] of lists) pages.forEach((page, i) => write(entityListFile(id, href, i + 1), page));
  writeFileSync(join(site, namesDir(id), COMPLETE), '');
  return { id, buckets, count: entries.length };
}
