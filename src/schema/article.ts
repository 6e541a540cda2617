// The one definition of an article's front matter. Astro's content collection, `npm run check`,
// `npm run new` and the ingest all import this module; a field is defined here and nowhere else.
import { z } from 'astro/zod';
import { nonEmptyString } from './common.ts';
import { dateProblem } from './partial-date.ts';
import { nameListSchema } from './name-list.ts';

const LINE_RANGES = /^\d+(-\d+)?(, \d+(-\d+)?)*$/;

/** A date string with known precision. YAML timestamps must not reach here (see front-matter.ts). */
export const partialDateSchema = z
  .string()
  .superRefine((value, ctx) => {
    const problem = dateProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem.message, ...(problem.write ? { params: { write: problem.write, quote: true } } : {}) });
  })
  .describe('the date');

/** Raw line numbers and ranges, "5-11, 13"; a dash of another kind or a Chinese comma is read as meant. */
const linesSchema = z.string().superRefine((value, ctx) => {
  if (LINE_RANGES.test(value)) return;
  const meant = value
    .trim()
    .replace(/\s*[~～至–—－]\s*/gu, '-')
    .replace(/\s*[,，、;；]\s*/gu, ', ')
    .replace(/\s*-\s*/g, '-');
  const message = `expected line numbers and ranges like "5-11, 13", got ${JSON.stringify(value)}`;
  ctx.addIssue({ code: 'custom', message, ...(LINE_RANGES.test(meant) ? { params: { write: meant } } : {}) });
});

const nonEmpty = nonEmptyString;

export const sourceSchema = z
  .object({
    // Name of the raw OCR file in content/raw/ the article was cut from.
    file: nonEmpty.optional(),
    // Newspaper, magazine or website that printed it, e.g. 中国高新技术产业导报.
    publication: nonEmpty.optional(),
    // Page or section as printed, e.g. "A3" or "第5版".
    page: nonEmpty.optional(),
    // Address of the original web page, for clippings saved from the web.
    url: z.url().optional(),
    // Lines of the raw file the article was cut from, e.g. "5-11, 13, 399-400".
    lines: linesSchema.optional(),
  })
  .strict();

/** An article's address: its file name without .md, as it was. */
const slugSchema = nonEmptyString.superRefine((value, ctx) => {
  const bare = value
    .replace(/^\/?(?:articles\/)?/, '')
    .replace(/\/$/, '')
    .replace(/\.md$/, '');
  if (/^[^/\\\s?#]+$/u.test(value) && !value.endsWith('.md')) return;
  const message = `expected the old file name without .md (the address's last part), got ${JSON.stringify(value)}`;
  ctx.addIssue({ code: 'custom', message, ...(/^[^/\\\s?#]+$/u.test(bare) ? { params: { write: bare } } : {}) });
});

export const correctionSchema = z
  .object({
    // Text as the OCR and the cleaner left it.
    from: nonEmpty,
    // Text as the editor read it on the page.
    to: z.string(),
    // Why, in the editor's words.
    note: z.string().optional(),
  })
  .strict();

export const articleSchema = z
  .object({
    // Headline as printed (or derived, see titleOrigin).
    title: nonEmpty,
    // How the title was obtained: printed on the page, derived from the lead by the cleaner, or given by an editor.
    titleOrigin: z.enum(['printed', 'derived', 'editor']).default('printed'),
    // 引题: the line printed above the headline.
    kicker: nonEmpty.optional(),
    // 副题: the line printed below the headline.
    subtitle: nonEmpty.optional(),
    // Series line, e.g. “拼”出中国式现代化徐州新图景②.
    series: nonEmpty.optional(),
    // Reporters, correspondents, lecturers: one name per entry.
    byline: nameListSchema.optional(),
    // Publication date with the precision known: YYYY-MM-DD, YYYY-MM or YYYY. Never a guessed day.
    date: partialDateSchema.optional(),
    // Where the date came from: printed on the page, the raw file's sidecar, or an editor.
    dateOrigin: z.enum(['printed', 'sidecar', 'editor']).optional(),
    // Why the date is what it is, when it was worked out rather than read off the page (the
    // sidecar's dateNote, copied by the ingest; or an editor's). Shown next to the date.
    dateNote: nonEmpty.optional(),
    // Where the clipping came from.
    source: sourceSchema.optional(),
    // The script the clipping was printed in: hant for Traditional characters (kept as printed;
    // the site shows it in Simplified and, on the twin, as printed). Simplified when absent.
    script: z.enum(['hans', 'hant']).optional(),
    // City or place the article is about, e.g. 徐州.
    place: nonEmpty.optional(),
    // Parks (高新区、开发区、科技园…) named in the article, canonical names.
    parks: nameListSchema.default([]),
    // Companies named in the article, canonical names.
    companies: nameListSchema.default([]),
    // Photo captions and credits lifted out of the text.
    captions: z.array(nonEmpty).optional(),
    // Editors' corrections applied after the automatic repairs, kept so every change can be seen.
    corrections: z.array(correctionSchema).optional(),
    // Raw lines where the OCR read neighbouring columns together and the text gave too little
    // evidence to put them back in reading order: kept as the OCR read them. Readers are told;
    // an editor who puts the text in order by hand deletes the field.
    jumbledLines: z.array(z.number().int().positive()).min(1).optional(),
    // Order of the article on its page (1-based), for previous/next within a source.
    position: z.number().int().positive().optional(),
    // Hidden from the site while true.
    draft: z.boolean().default(false),
    // Earlier addresses of the article (file names without .md) that keep working as redirects
    // after an editor renamed the file. The ingest keeps its own record (the manifest's formerNames).
    formerSlugs: z.array(slugSchema).optional(),
  })
  .strict();

export type Article = z.output<typeof articleSchema>;
export type ArticleInput = z.input<typeof articleSchema>;
