// A record checked against its schema as it is written: on a mismatch, an error naming the file
// and every field that does not fit, so the build stops on data that breaks its documented format.
import type { z } from 'astro/zod';
import { formatIssues } from '../../schema/issues.ts';

export function checked<S extends z.ZodType>(schema: S, value: unknown, file: string): z.output<S> {
  const result = schema.safeParse(value);
  if (!result.success) throw new Error(`The archive's data does not match its schema:\n${formatIssues(file, result.error.issues, value as Record<string, unknown>).join('\n')}`);
  return result.data;
}
