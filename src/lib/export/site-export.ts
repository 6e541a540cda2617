// The archive as data, for the build's endpoints (src/pages/data/, src/pages/articles/[slug].*):
// every record checked against the export schema before it is written, so a file that does not
// match its documented format stops the build with the article and field named.
import { articlesFileSchema, entitiesFileSchema, EXPORT_VERSION, exportedArticleSchema, type ArticlesFile, type EntitiesFile, type ExportedArticle } from '../../schema/export.ts';
import type { EntityKind } from '../../schema/entity.ts';
import { getPublishedArticles, type ArticleEntry } from '../articles.ts';
import { getCoNamed } from '../entities/site-co-named.ts';
import { getEntityIndex } from '../entities/site-entities.ts';
import { readableText } from '../../core/readable-text.ts';
import { articleRecord } from './article-record.ts';
import { checked } from './checked.ts';
import { entityRecords } from './entity-records.ts';
import { htmlToPlainText } from './plain-text.ts';

/** The text the page shows (Astro's rendered, sanitized HTML), or the Markdown read plainly. */
function articleText(entry: ArticleEntry): string {
  return entry.rendered?.html ? htmlToPlainText(entry.rendered.html) : readableText(entry.body ?? '').trim();
}

let records: Promise<ExportedArticle[]> | undefined;

/** Every published article as a record, newest first, built and checked once per build. */
export function getArticleRecords(site: URL): Promise<ExportedArticle[]> {
  records ??= getPublishedArticles().then((entries) =>
    entries.map((entry) => checked(exportedArticleSchema, articleRecord({ id: entry.id, data: entry.data, text: articleText(entry) }, site.origin), `/articles/${entry.id}.json`)),
  );
  return records;
}

export async function articlesFile(site: URL): Promise<ArticlesFile> {
  const articles = await getArticleRecords(site);
  const file = { format: 'xuzhou-archive/articles', version: EXPORT_VERSION, site: site.origin, count: articles.length, articles };
  return checked(articlesFileSchema, file, '/data/articles.json');
}

export async function entitiesFile(kind: EntityKind, site: URL): Promise<EntitiesFile> {
  const entities = entityRecords(await getEntityIndex(kind), await getCoNamed(kind), site.origin);
  const file = { format: 'xuzhou-archive/entities', version: EXPORT_VERSION, site: site.origin, kind, count: entities.length, entities };
  return checked(entitiesFileSchema, file, `/data/${kind}.json`);
}

/** A response for a file to download. */
export function fileResponse(body: string, type: string): Response {
  return new Response(body, { headers: { 'Content-Type': `${type}; charset=utf-8` } });
}

/** articles.json holds one article per line: small enough to diff, easy to read in an editor. */
export function articlesJson(file: ArticlesFile): string {
  const { articles, ...header } = file;
  const head = JSON.stringify(header).slice(0, -1);
  return `${head},"articles":[\n${articles.map((a) => JSON.stringify(a)).join(',\n')}\n]}\n`;
}
