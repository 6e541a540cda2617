// YAML as the project reads it, and then checked by a zod schema. The YAML 1.2 core schema keeps
// `date: 2024-13-45` the string an editor typed (no timestamp rollover), so the schema can name it.
import type { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import { formatIssues } from './issues.ts';

export interface ParsedYaml {
  data: unknown;
  /** `invalid YAML: …`, the parser's first line for each error. */
  errors: string[];
}

export function parseYaml(text: string): ParsedYaml {
  const doc = parseDocument(text, { schema: 'core', prettyErrors: false });
  if (doc.errors.length > 0) return { data: undefined, errors: doc.errors.map((e) => `invalid YAML: ${e.message.split('\n')[0]}`) };
  return { data: doc.toJS(), errors: [] };
}

/**
 * A YAML file's content checked by `schema`; an empty file is `empty`. Problems are thrown as
 * `error`, one line each, starting with `shown` (the file as the reader should see it named).
 */
export function readYamlWith<S extends z.ZodType>(schema: S, text: string, shown: string, empty: unknown, error: new (message: string) => Error): z.output<S> {
  const { data, errors } = parseYaml(text);
  if (errors.length > 0) throw new error(`${shown}: ${errors[0]}`);
  const value = data ?? empty;
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new error(formatIssues(shown, parsed.error.issues, value as Record<string, unknown>).join('\n'));
  return parsed.data;
}
