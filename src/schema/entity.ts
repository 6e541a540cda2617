// The one definition of an authority entry (a park or a company), for content/entities/*.yaml.
import { z } from 'astro/zod';
import { nonEmptyString } from './common.ts';
import { NAME_SEPARATORS, nameListSchema } from './name-list.ts';

const nonEmpty = nonEmptyString;

/** An entry's own name: one name (the others are its aliases). */
const oneName = nonEmptyString.superRefine((value, ctx) => {
  if (NAME_SEPARATORS.test(value)) ctx.addIssue({ code: 'custom', message: `${JSON.stringify(value)} holds more than one name — keep one here and list the others in aliases: […]` });
});

export const entitySchema = z
  .object({
    // Canonical name: what articles' `parks`/`companies` hold and the entity page's <h1>.
    name: oneName,
    // Other full names and short names, matched anywhere in an article.
    aliases: nameListSchema.default([]),
    // Short forms that only count where the article also names the entity in full (经开区 after 徐州经开区).
    shortForms: nameListSchema.default([]),
    // City the park or company is in.
    city: nonEmpty.optional(),
    // 高新区、经开区、开发区、科技园、产业园… for parks; 企业、集团… for companies. One of
    // OTHER_KINDS (商业综合体, 研究院…) marks what is neither a park nor a company: known, so it is
    // not proposed as a new name, but listed in no article's parks or companies.
    kind: nonEmpty.optional(),
    // Parent company, as the text says (弗迪电池 → 比亚迪).
    parent: oneName.optional(),
    // Anything else an editor wants readers to know.
    note: z.string().optional(),
  })
  .strict();

/** Kinds of entry that are neither parks nor companies, though articles name them alongside. */
export const OTHER_KINDS: readonly string[] = ['商业综合体', '研究院', '研究所', '实验室', '基金', '协会', '学会', '商会', '联盟', '大学', '学院', '学校', '医院', '政府机构'];

export function isOtherKind(kind: string | undefined): boolean {
  return kind !== undefined && OTHER_KINDS.includes(kind);
}

export const authorityFileSchema = z.array(entitySchema);

export type Entity = z.output<typeof entitySchema>;
/** The two kinds of entity, each with its authority file (`parks.yaml`) and its pages (`/parks/`). */
export const ENTITY_KINDS = ['parks', 'companies'] as const;
export type EntityKind = (typeof ENTITY_KINDS)[number];
