// What a zod schema expects at a place in the data, read off the schema itself, so that messages
// can name the fields an editor could have meant without a second list of them to keep in step.
import type { z } from 'astro/zod';

type Def = { type: string; shape?: Record<string, z.core.$ZodType>; innerType?: z.core.$ZodType; element?: z.core.$ZodType; in?: z.core.$ZodType };

const defOf = (schema: z.core.$ZodType): Def => schema._zod.def as unknown as Def;

/** The schema without its optional/default/pipe wrappers. */
function unwrap(schema: z.core.$ZodType): z.core.$ZodType {
  let s = schema;
  for (let def = defOf(s); ; def = defOf(s)) {
    if ((def.type === 'optional' || def.type === 'default' || def.type === 'nullable' || def.type === 'prefault') && def.innerType) s = def.innerType;
    else if (def.type === 'pipe' && def.in) s = def.in;
    else return s;
  }
}

/** The schema for the value at `path`, if the schema says. */
export function schemaAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): z.core.$ZodType | undefined {
  let s: z.core.$ZodType | undefined = schema;
  for (const key of path) {
    if (!s) return undefined;
    const def = defOf(unwrap(s));
    s = typeof key === 'number' ? def.element : def.shape?.[String(key)];
  }
  return s;
}

/** The fields an object at `path` takes, in the schema's order. */
export function fieldsAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string[] {
  const s = schemaAt(schema, path);
  const shape = s ? defOf(unwrap(s)).shape : undefined;
  return shape ? Object.keys(shape) : [];
}

/** Fields of groups nested one level down: { publication: 'source', … }. */
export function nestedFields(schema: z.core.$ZodType, path: readonly PropertyKey[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const field of fieldsAt(schema, path)) {
    for (const inner of fieldsAt(schema, [...path, field])) if (!out.has(inner)) out.set(inner, field);
  }
  return out;
}

/** Whether the field at `path` may be left out. */
export function isOptional(schema: z.core.$ZodType, path: readonly PropertyKey[]): boolean {
  const s = schemaAt(schema, path);
  const type = s ? defOf(s).type : undefined;
  return type === 'optional' || type === 'default';
}

/** What the schema at `path` calls its value (`.describe('the date')`), if it says. */
export function descriptionAt(schema: z.core.$ZodType, path: readonly PropertyKey[]): string | undefined {
  const s = schemaAt(schema, path);
  return s ? ((unwrap(s) as { description?: string }).description ?? (s as { description?: string }).description) : undefined;
}
