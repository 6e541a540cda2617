// YAML as the project reads it, and then checked by a zod schema. The YAML 1.2 core schema keeps
// `date: 2024-13-45` the string an editor typed (no timestamp rollover), so the schema can name it.
import type { z } from 'astro/zod';
import { parseDocument } from 'yaml';
import { formatIssues } from './issues.ts';
import { describeYamlError, notAMappingHint } from './yaml-hints.ts';

export interface ParsedYaml {
  data: unknown;
  /** `invalid YAML on line N: …`, for the first syntax error, with a way to fix it when one is known. */
  errors: string[];
}

/** `lineOffset`: lines of the file before this YAML (so messages give the file's line numbers). */
export function parseYaml(text: string, lineOffset = 0): ParsedYaml {
  const doc = parseDocument(text, { schema: 'core', prettyErrors: true });
  const first = doc.errors[0];
  if (first) return { data: undefined, errors: [describeYamlError(first, text, lineOffset)] };
  return { data: doc.toJS(), errors: [] };
}

/** The message for YAML that parsed but is not `key: value` pairs. */
export function notAMapping(text: string): string {
  const hint = notAMappingHint(text);
  return `expected key: value pairs${hint ? ` — ${hint}` : ''}`;
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
  if (!parsed.success) throw new error(formatIssues(shown, parsed.error.issues, value, schema).join('\n'));
  return parsed.data;
}
