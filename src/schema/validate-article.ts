// Validation with messages an editor can act on: `file: field: what was found — how to fix it`.
// Used by `npm run check` and by the site's collection loader, so both refuse the same files.
import { articleSchema, type Article } from './article.ts';
import { splitFrontMatter } from './front-matter.ts';
import { formatIssues } from './issues.ts';
import { fieldsWithPlaceholder, PLACEHOLDER } from './placeholder.ts';

// Where the ingest's sidecar reader and others have always found it.
export { formatIssues };

export type ValidationResult = { ok: true; article: Article; body: string /** The front matter as read, before defaults. */; data: Record<string, unknown> } | { ok: false; errors: string[] };

export function validateArticleData(file: string, data: Record<string, unknown>): ValidationResult {
  const parsed = articleSchema.safeParse(data);
  if (parsed.success) return { ok: true, article: parsed.data, body: '', data };
  return { ok: false, errors: formatIssues(file, parsed.error.issues, data, articleSchema) };
}

/** Rules for an article the site shows (draft: false), beyond its front matter's own. */
function publishedProblems(file: string, article: Article, data: Record<string, unknown>, body: string): string[] {
  if (article.draft) return [];
  return fieldsWithPlaceholder(data, body).map(
    (field) => `${file}: ${field}: still holds the new-article placeholder ${PLACEHOLDER} — write what belongs there, or keep draft: true until the article is done`,
  );
}

/** Validates a whole Markdown file's text. */
export function validateArticleText(file: string, text: string): ValidationResult {
  const { data, body, errors } = splitFrontMatter(text);
  if (errors.length > 0) return { ok: false, errors: errors.map((e) => `${file}: ${e}`) };
  const result = validateArticleData(file, data);
  if (!result.ok) return result;
  if (body.trim() === '') return { ok: false, errors: [`${file}: body: expected the article's text below the front matter, got nothing — write it after the closing --- line`] };
  const unpublishable = publishedProblems(file, result.article, data, body);
  if (unpublishable.length > 0) return { ok: false, errors: unpublishable };
  return { ok: true, article: result.article, body, data };
}
