// Keys of the article and entity pages for Astro's incremental build (astro.config.mjs,
// experimental.incrementalBuild): a page whose key and template are unchanged since the last
// build is not rendered again, its last output is kept. So a key holds everything the page shows
// that its template does not: for an article page its article, its neighbours, the addresses of
// its parks and companies, the raw lines it came from and where its 纠错 link writes to; for a
// park's or company's page, every article it lists; for both, the editors' authority files (names
// resolved, parents and subsidiaries). Anything a page comes to show must be added to its key here, or the page
// goes stale on rebuilds (a full build, `astro build --force`, renders everything).
import { createHash } from 'node:crypto';
import { ENTITY_KINDS } from '../schema/entity.ts';
import { getNeighbours, type ArticleEntry } from './articles.ts';
import { readReportTarget } from '../consts.ts';
import { entityLink, getAuthority, type SiteEntity } from './entities/site-entities.ts';
import { rawLinesFor } from './raw-source.ts';

const hash = (value: unknown): string => createHash('sha1').update(JSON.stringify(value)).digest('base64url');

let authorityHash: string | undefined;
const authorityKey = () => (authorityHash ??= hash(getAuthority()));

const shown = (a: ArticleEntry | undefined) => a && [a.id, a.data];

export async function articlePageKey(article: ArticleEntry): Promise<string> {
  const { prev, next } = await getNeighbours(article.id);
  const links = await Promise.all(ENTITY_KINDS.flatMap((kind) => article.data[kind].map((name) => entityLink(kind, name))));
  const source = article.data.source;
  const raw = source?.file && source.lines ? (rawLinesFor(source.file, source.lines) ?? null) : null;
  return hash([article.id, article.data, article.body, shown(prev), shown(next), links, raw, authorityKey(), readReportTarget()]);
}

export function entityPageKey(entity: SiteEntity): string {
  return hash([authorityKey(), entity.kind, entity.name, entity.slug, entity.entry, entity.mentions.map((m) => [m.article.id, m.article.data, m.mention])]);
}
