// The archive as data (/data/articles.json, /articles/<id>.json, /data/parks.json,
// /data/companies.json): what each record holds, built from the article schema so a field means
// the same thing in the front matter and in the files. Every key is always present (null or []
// when unknown), so a table made from the files has the same columns for every row.
import { z } from 'astro/zod';
import { articleSchema, partialDateSchema, sourceSchema } from './article.ts';
import { nonEmptyString } from './common.ts';
import { ENTITY_KINDS } from './entity.ts';
import { parsePartialDate } from './partial-date.ts';

/** Bumped when a field changes meaning or goes away (adding one does not). */
export const EXPORT_VERSION = 1;

const fields = articleSchema.shape;

export const exportedDateSchema = z
  .object({
    // As in the front matter: YYYY-MM-DD, YYYY-MM or YYYY, never more precise than known.
    value: partialDateSchema,
    precision: z.enum(['day', 'month', 'year']),
    origin: fields.dateOrigin.unwrap().nullable(),
    note: fields.dateNote.unwrap().nullable(),
  })
  .strict()
  .refine((d) => parsePartialDate(d.value)?.precision === d.precision, { message: 'precision does not match the date' });

export const exportedArticleSchema = z
  .object({
    id: z.string().regex(/^[^/\s]+$/, 'expected an article id (its file name)'),
    // The permalink, on ARCHIVE_SITE_URL.
    url: z.url(),
    title: fields.title,
    titleOrigin: fields.titleOrigin.unwrap(),
    kicker: fields.kicker.unwrap().nullable(),
    subtitle: fields.subtitle.unwrap().nullable(),
    series: fields.series.unwrap().nullable(),
    date: exportedDateSchema.nullable(),
    source: sourceSchema.nullable(),
    byline: fields.byline.unwrap(),
    place: fields.place.unwrap().nullable(),
    parks: fields.parks.unwrap(),
    companies: fields.companies.unwrap(),
    captions: fields.captions.unwrap(),
    // The body as a reader reads it: paragraphs separated by a blank line, no markup.
    text: z.string().trim().min(1, 'expected the article text'),
    // This record's own file and the citations beside the page (absolute addresses, as every address in the files).
    files: z.object({ json: z.url(), ris: z.url(), bib: z.url() }).strict(),
  })
  .strict();

const fileHeader = {
  format: z.string(),
  version: z.literal(EXPORT_VERSION),
  // The published site the addresses belong to.
  site: z.url(),
};

export const articlesFileSchema = z
  .object({ ...fileHeader, format: z.literal('xuzhou-archive/articles'), count: z.number().int().nonnegative(), articles: z.array(exportedArticleSchema) })
  .strict()
  .refine((f) => f.count === f.articles.length, { message: 'count does not match the articles listed' })
  .refine((f) => new Set(f.articles.map((a) => a.id)).size === f.articles.length, { message: 'an article id appears twice' });

const namedLink = z.object({ name: nonEmptyString, url: z.url(), articles: z.number().int().positive() }).strict();

export const exportedEntitySchema = z
  .object({
    name: nonEmptyString,
    slug: z.string().regex(/^[a-z0-9-]+$/),
    url: z.url(),
    // What the authority file says (content/entities/); empty or null for a name it does not list.
    aliases: z.array(nonEmptyString),
    shortForms: z.array(nonEmptyString),
    city: nonEmptyString.nullable(),
    kind: nonEmptyString.nullable(),
    parent: nonEmptyString.nullable(),
    // Ids of the articles naming it, newest first.
    articles: z.array(z.string()).min(1),
    // Entities of the other kind named in the same articles, most shared articles first.
    coNamed: z.array(namedLink),
  })
  .strict();

export const entitiesFileSchema = z
  .object({ ...fileHeader, format: z.literal('xuzhou-archive/entities'), kind: z.enum(ENTITY_KINDS), count: z.number().int().nonnegative(), entities: z.array(exportedEntitySchema) })
  .strict()
  .refine((f) => f.count === f.entities.length, { message: 'count does not match the entities listed' });

export type ExportedArticle = z.output<typeof exportedArticleSchema>;
export type ExportedDate = z.output<typeof exportedDateSchema>;
export type ArticlesFile = z.output<typeof articlesFileSchema>;
export type ExportedEntity = z.output<typeof exportedEntitySchema>;
export type EntitiesFile = z.output<typeof entitiesFileSchema>;
