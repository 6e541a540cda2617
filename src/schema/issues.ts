// zod's issues as messages an editor can act on: `file: field: what was expected, what was found`.
import type { z } from 'astro/zod';

function fieldPath(path: readonly PropertyKey[]): string {
  return path.length === 0 ? 'front matter' : path.map(String).join('.');
}

function describe(issue: z.core.$ZodIssue, data: Record<string, unknown>): string {
  if (issue.code === 'unrecognized_keys') {
    return `unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.join(', ')} (check the spelling against the editors' guide)`;
  }
  if (issue.code === 'invalid_type') {
    // Walk to the offending value so the message can say what was found.
    let value: unknown = data;
    for (const key of issue.path) value = (value as Record<PropertyKey, unknown> | undefined)?.[key as string];
    const found = value === undefined ? 'nothing (the field is missing)' : JSON.stringify(value);
    return `expected ${issue.expected}, got ${found}`;
  }
  return issue.message;
}

/** Formats zod issues as one line each, prefixed with the file name. */
export function formatIssues(file: string, issues: readonly z.core.$ZodIssue[], data: Record<string, unknown>): string[] {
  return issues.map((issue) => `${file}: ${fieldPath(issue.path)}: ${describe(issue, data)}`);
}
