// A field the schema does not take: most often a misspelling (titel), a Chinese label (标题), a
// field of a group written at the top (publication belongs under source:), or a field of one
// file's schema used in another's.
import type { z } from 'astro/zod';
import { fieldsAt, nestedFields } from './schema-walk.ts';
import { nearestWord } from './nearest-word.ts';
import { yamlInline } from './yaml-inline.ts';

/** The editors' guide's Chinese labels and other words editors use, for the fields they name. */
const FIELD_WORDS = new Map<string, string>([
  ['标题', 'title'],
  ['题目', 'title'],
  ['日期', 'date'],
  ['作者', 'byline'],
  ['记者', 'byline'],
  ['author', 'byline'],
  ['authors', 'byline'],
  ['园区', 'parks'],
  ['企业', 'companies'],
  ['公司', 'companies'],
  ['来源', 'source'],
  ['报刊', 'publication'],
  ['版面', 'page'],
  ['版次', 'page'],
  ['网址', 'url'],
  ['链接', 'url'],
  ['图片说明', 'captions'],
  ['图注', 'captions'],
  ['更正', 'corrections'],
  ['草稿', 'draft'],
  ['引题', 'kicker'],
  ['副题', 'subtitle'],
  ['系列', 'series'],
  ['地点', 'place'],
  ['城市', 'city'],
  ['别名', 'aliases'],
  ['简称', 'shortForms'],
  ['类型', 'kind'],
  ['母公司', 'parent'],
  ['名称', 'name'],
  ['备注', 'note'],
  ['旧地址', 'formerSlugs'],
]);

const inline = (value: unknown) => (value === undefined || value === null ? '…' : yamlInline(value));

/** The field of this group an unknown key most likely stands for, if one is near. */
export function meantField(key: string, path: readonly PropertyKey[], schema: z.core.$ZodType): string | undefined {
  return nearestWord(key, fieldsAt(schema, path), FIELD_WORDS);
}

/** `unknown field titel — did you mean title?`, with the line to write where it is clear. */
export function unknownFieldMessage(key: string, path: readonly PropertyKey[], schema: z.core.$ZodType | undefined, value: unknown): string {
  const unknown = `unknown field ${key}`;
  if (!schema) return `${unknown} (check the spelling against the editors' guide)`;
  const fields = fieldsAt(schema, path);
  const meant = meantField(key, path, schema);
  if (meant) return `${unknown} — did you mean ${meant}? write ${meant}: ${inline(value)}`;
  const group = nestedFields(schema, path).get(key) ?? nestedFields(schema, path).get(FIELD_WORDS.get(key) ?? '');
  if (group) {
    const inner = fieldsAt(schema, [...path, group]).includes(key) ? key : FIELD_WORDS.get(key)!;
    return `${unknown} here — ${inner} belongs under ${group}: write it indented below a line ${group}:, as in ${group}: {${inner}: ${inline(value)}}`;
  }
  return `${unknown} — the fields here are ${fields.join(', ')} (see the editors' guide)`;
}
