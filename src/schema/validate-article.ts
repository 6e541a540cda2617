// Validation with messages an editor can act on: `file: field: what was expected, what was found`.
import { articleSchema, type Article } from './article.ts';
import { splitFrontMatter } from './front-matter.ts';
import { formatIssues } from './issues.ts';

// Where the ingest's sidecar reader and others have always found it.
export { formatIssues };

export type ValidationResult =
  | { ok: true; article: Article; body: string }
  | { ok: false; errors: string[] };

export function validateArticleData(file: string, data: Record<string, unknown>): ValidationResult {
  const parsed = articleSchema.safeParse(data);
  if (parsed.success) return { ok: true, article: parsed.data, body: '' };
  return { ok: false, errors: formatIssues(file, parsed.error.issues, data) };
}

/** Validates a whole Markdown file's text. */
export function validateArticleText(file: string, text: string): ValidationResult {
  const { data, body, errors } = splitFrontMatter(text);
  if (errors.length > 0) return { ok: false, errors: errors.map((e) => `${file}: ${e}`) };
  const result = validateArticleData(file, data);
  if (!result.ok) return result;
  if (body.trim() === '') return { ok: false, errors: [`${file}: body: expected the article's text below the front matter, got nothing`] };
  return { ok: true, article: result.article, body };
}
