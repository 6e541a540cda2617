// zod's issues as messages an editor can act on: `file: field: what was found — how to fix it`.
// The fix is a line to write where one is clear (`write a list: parks: [徐州软件园]`). A schema can
// give a rule its own message (partial-date.ts, article.ts); `{key}` in it stands for the field's
// name, and a `write` parameter for the value to write instead.
import type { z } from 'astro/zod';
import { descriptionAt, fieldsAt, isOptional } from './schema-walk.ts';
import { meantField, unknownFieldMessage } from './unknown-fields.ts';
import { nearestWord } from './nearest-word.ts';
import { yamlInline } from './yaml-inline.ts';

type Issue = z.core.$ZodIssue;

/** Separators an editor may type between names in what should be a list. */
export const LIST_SEPARATORS = /\s*[、，,；;]\s*/u;

/**
 * `byline, item 2`, `source.url`, `corrections, item 1, to`; an entry of a list file by its name
 * too (`item 3 (徐州软件园), aliases`).
 */
export function fieldLabel(path: readonly PropertyKey[], data?: unknown): string {
  if (path.length === 0) return 'front matter';
  return path
    .map((p, i) => {
      const sep = i === 0 ? '' : typeof p === 'number' || typeof path[i - 1] === 'number' ? ', ' : '.';
      if (typeof p !== 'number') return `${sep}${String(p)}`;
      const name = i === 0 && Array.isArray(data) ? (data[p] as { name?: unknown } | undefined)?.name : undefined;
      return `${sep}item ${p + 1}${typeof name === 'string' ? ` (${name})` : ''}`;
    })
    .join('');
}

/** The name the field is written under: the last name in the path (`url` for source.url). */
function keyOf(path: readonly PropertyKey[]): string {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return 'value';
}

function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let value = data;
  for (const key of path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key as string];
  return value;
}

function found(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'an empty value';
  if (Array.isArray(value)) return `a list ${yamlInline(value)}`;
  if (typeof value === 'object') return `a group of fields ${yamlInline(value)}`;
  return typeof value === 'string' ? JSON.stringify(value) : String(value);
}

interface Place {
  path: readonly PropertyKey[];
  key: string;
  value: unknown;
  inList: boolean;
  schema: z.core.$ZodType | undefined;
}

const write = (place: Place, value: unknown) => `${place.key}: ${yamlInline(value)}`;

function groupFields(place: Place): string {
  const fields = place.schema ? fieldsAt(place.schema, place.path) : [];
  return fields.length > 0 ? ` (its fields: ${fields.join(', ')})` : '';
}

/** zod's names for types, as an editor calls them. */
const EXPECTED: Record<string, string> = { array: 'a list', object: 'a group of fields', string: 'text', boolean: 'true or false', number: 'a number', int: 'a whole number' };

const TRUE_WORDS = /^(true|yes|y|on|1|是|对|真)$/iu;
const FALSE_WORDS = /^(false|no|n|off|0|否|不|假)$/iu;

function wrongType(issue: Issue & { code: 'invalid_type' }, place: Place): string {
  const { value } = place;
  if (value === undefined) return `missing — add a line ${place.key}: …`;
  if (value === null) return `is empty — write a value after "${place.key}:"${place.schema && isOptional(place.schema, place.path) ? ', or delete the line' : ''}`;
  const got = `expected ${EXPECTED[issue.expected] ?? issue.expected}, got ${found(value)}`;
  switch (issue.expected) {
    case 'array': {
      const items = typeof value === 'string' ? value.split(LIST_SEPARATORS).filter(Boolean) : [value];
      return `${got} — write a list${items.length > 1 ? ', one per item' : ''}: ${write(place, items)}`;
    }
    case 'string':
      if (typeof value === 'number' || typeof value === 'boolean') {
        const noun = place.schema ? descriptionAt(place.schema, place.path) : undefined;
        // YAML has already turned 2024.10 into 2024.1: only the editor knows what was typed.
        if (typeof value === 'number' && !Number.isInteger(value)) return `${got} — quote ${noun ?? 'it'} as it is written: ${place.key}: "…"`;
        return `${got} — quote ${noun ?? 'it'}: ${write(place, String(value))}`;
      }
      if (Array.isArray(value) && value.length === 1) return `${got} — write it without brackets: ${write(place, String(value[0]))}`;
      return `${got} — write it as text on one line: ${place.key}: …`;
    case 'boolean': {
      const meant = TRUE_WORDS.test(String(value)) ? true : FALSE_WORDS.test(String(value)) ? false : undefined;
      return `${got} — write ${meant === undefined ? `${place.key}: true or ${place.key}: false` : write(place, meant)}`;
    }
    case 'number':
    case 'int':
      if (typeof value === 'string' && /^\d+$/.test(value.trim())) return `${got} — write the number without quotes: ${place.key}: ${value.trim()}`;
      return `${got} — write a whole number from 1 up`;
    case 'object':
      return `${got} — it is a group of fields, each on its own line indented under ${place.key}:${groupFields(place)}`;
    default:
      return got;
  }
}

function tooSmall(issue: Issue & { code: 'too_small' }, place: Place): string {
  if (issue.origin === 'string') return place.inList ? 'is empty — remove the item' : `is empty — write a value after "${place.key}:", or delete the line`;
  if (issue.origin === 'array') return `is an empty list — delete the line ${place.key}: []`;
  // Every number the schemas take is a whole number: "more than 0" is "from 1 up".
  const from = issue.inclusive ? Number(issue.minimum) : Number(issue.minimum) + 1;
  return `expected a whole number from ${from} up, got ${found(place.value)}`;
}

function badOption(issue: Issue & { code: 'invalid_value' }, place: Place): string {
  const options = issue.values.map(String);
  const meant = typeof place.value === 'string' ? nearestWord(place.value, options) : undefined;
  return `expected one of ${options.join(', ')}, got ${found(place.value)}${meant ? ` — did you mean ${meant}? write ${write(place, meant)}` : ''}`;
}

function badFormat(issue: Issue & { code: 'invalid_format' }, place: Place): string {
  if (issue.format === 'url' && typeof place.value === 'string') {
    // A host name with a dot and no scheme (example.org/news/1): the scheme was left out.
    const host = /^[\w-]+(\.[\w-]+)*\.[a-z]{2,}(?:[/?#:]|$)/i.test(place.value.trim());
    const full = `https://${place.value.trim()}`;
    if (host && URL.canParse(full)) return `${found(place.value)} is not a full web address — write ${write(place, full)}`;
    return `${found(place.value)} is not a web address — write the page's full address: ${place.key}: https://…`;
  }
  return `${issue.message}, got ${found(place.value)}`;
}

function custom(issue: Issue, place: Place): string {
  const message = issue.message.replaceAll('{key}', place.key);
  const params = (issue as { params?: { write?: unknown; quote?: boolean } }).params;
  if (params?.write === undefined) return message;
  // Dates are always written quoted (the editors' guide says so), though YAML would not need it.
  return `${message} — write ${params.quote ? `${place.key}: ${JSON.stringify(params.write)}` : write(place, params.write)}`;
}

/** One issue as one or more `what was found — how to fix it` messages, with the field they are about. */
function describeIssue(issue: Issue, data: unknown, schema: z.core.$ZodType | undefined): Array<{ path: readonly PropertyKey[]; message: string }> {
  const path = issue.path;
  const place: Place = { path, key: keyOf(path), value: valueAt(data, path), inList: typeof path[path.length - 1] === 'number', schema };
  // A schema's own message for this rule (not zod's default wording) speaks for itself.
  const own = (issue as { params?: { own?: boolean } }).params?.own === true || issue.code === 'custom';
  if (own) return [{ path, message: custom(issue, place) }];
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => ({ path, message: unknownFieldMessage(key, path, schema, valueAt(data, [...path, key])) }));
    case 'invalid_type':
      return [{ path, message: wrongType(issue, place) }];
    case 'too_small':
      return [{ path, message: tooSmall(issue, place) }];
    case 'invalid_value':
      return [{ path, message: badOption(issue, place) }];
    case 'invalid_format':
      return [{ path, message: badFormat(issue, place) }];
    default:
      return [{ path, message: `${issue.message}, got ${found(place.value)}` }];
  }
}

/**
 * A required field reported missing because it was misspelt (`titel:`) is said once, as the
 * misspelling: the keys an unknown field is taken to mean.
 */
function meantFields(issues: readonly Issue[], schema: z.core.$ZodType | undefined): Set<string> {
  const meant = new Set<string>();
  if (!schema) return meant;
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    for (const key of issue.keys) {
      const field = meantField(key, issue.path, schema);
      if (field) meant.add(fieldLabel([...issue.path, field]));
    }
  }
  return meant;
}

/** Formats zod issues as one line each, prefixed with the file name and the field. */
export function formatIssues(file: string, issues: readonly Issue[], data: unknown, schema?: z.core.$ZodType): string[] {
  const misspelt = meantFields(issues, schema);
  return issues
    .filter((issue) => !(issue.code === 'invalid_type' && valueAt(data, issue.path) === undefined && misspelt.has(fieldLabel(issue.path))))
    .flatMap((issue) => describeIssue(issue, data, schema).map(({ path, message }) => `${file}: ${fieldLabel(path, data)}: ${message}`));
}
