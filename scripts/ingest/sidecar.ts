// What no algorithm can know, recorded by an editor beside the raw file: `NAME.meta.yaml`.
import { existsSync, readFileSync } from 'node:fs';
import { parseDocument } from 'yaml';
import { z } from 'astro/zod';
import { nonEmptyString } from '../../src/schema/common.ts';
import { partialDateSchema } from '../../src/schema/article.ts';
import { formatIssues } from '../../src/schema/validate-article.ts';

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
    corrections: z
      .array(z.object({ from: text, to: z.string(), note: text.optional(), article: text.optional() }).strict())
      .optional(),
  })
  .strict();

export type Sidecar = z.output<typeof sidecarSchema>;

export function sidecarPathFor(rawPath: string): string {
  return rawPath.replace(/\.[^./]+$/u, '') + '.meta.yaml';
}

export class SidecarError extends Error {}

/** The sidecar for a raw file, or an empty one; throws SidecarError naming file and field. */
export function readSidecar(rawPath: string, shownPath: string): Sidecar {
  const path = sidecarPathFor(rawPath);
  if (!existsSync(path)) return {};
  const shown = sidecarPathFor(shownPath);
  const doc = parseDocument(readFileSync(path, 'utf8'), { schema: 'core' });
  if (doc.errors.length > 0) throw new SidecarError(`${shown}: invalid YAML: ${doc.errors[0]!.message.split('\n')[0]}`);
  const data = (doc.toJS() ?? {}) as Record<string, unknown>;
  const parsed = sidecarSchema.safeParse(data);
  if (!parsed.success) throw new SidecarError(formatIssues(shown, parsed.error.issues, data).join('\n'));
  return parsed.data;
}
