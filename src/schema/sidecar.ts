// The one definition of a raw file's sidecar, `NAME.meta.yaml`: what no algorithm can know about a
// page, recorded by an editor beside the raw file (see README → 编辑指南).
import { z } from 'astro/zod';
import { partialDateSchema } from './article.ts';
import { nonEmptyString } from './common.ts';

const text = nonEmptyString;

export const sidecarSchema = z
  .object({
    // Newspaper or website the page came from.
    publication: text.optional(),
    // Page date as known: YYYY-MM-DD, YYYY-MM or YYYY. A date printed on the page wins.
    date: partialDateSchema.optional(),
    // Why the date is what it is, when it was worked out rather than read off the page.
    dateNote: text.optional(),
    page: text.optional(),
    url: z.url().optional(),
    place: text.optional(),
    // Titles for pieces printed without one, found by the first words of their text.
    titles: z.array(z.object({ lead: text, title: text }).strict()).optional(),
    // Headings of boxes printed without a byline that are articles of their own (sidebars whose
    // heading is a label such as 档案 or 关键词 are found without help).
    sidebars: z.array(text).optional(),
    // Misreadings fixed after the automatic repairs. `article` limits one to an article whose
    // title contains it.
    corrections: z.array(z.object({ from: text, to: z.string(), note: text.optional(), article: text.optional() }).strict()).optional(),
  })
  .strict();

export type Sidecar = z.output<typeof sidecarSchema>;
