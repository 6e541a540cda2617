// `npm run check [DIR]`: validates every article in content/articles/ without building the site.
// Each file against the schema (messages say how to fix, src/schema/issues.ts); then what only the
// whole folder shows: two articles cut from the same raw lines (published twice), former
// addresses that cannot be kept, names read against the authority files (scripts/check/names.ts),
// the ingest's record of a file that is gone, and the drafts the site does not show.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { validateArticleText } from '../src/schema/validate-article.ts';
import type { Article } from '../src/schema/article.ts';
import { AuthorityError, loadAuthority, type Authority } from '../src/core/entities/authority.ts';
import { formerAddresses, manifestNamesWithoutFile, readManifestFormerNames } from '../src/core/former-addresses.ts';
import { newNameFindings, readNames, unknownNameWarnings } from './check/names.ts';
import { sharedLineErrors } from './check/shared-lines.ts';

export interface CheckReport {
  checked: number;
  errors: string[];
  /** Not errors: names the authority files do not list yet, files the ingest lost track of. */
  warnings: string[];
  /** What the site does with what an editor wrote (a name written by its alias), for information. */
  notes: string[];
  /** Drafts, hidden from the site: `file — title`. */
  drafts: string[];
  /** Articles the site will show: valid, not drafts, no problem found. */
  publishable: number;
}

interface Checked {
  shown: string;
  /** Path inside the articles folder (`2023-x.md`): the manifest's key; without .md, the address. */
  fileName: string;
  article: Article;
}

function listMarkdown(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listMarkdown(path));
    else if (name.endsWith('.md')) out.push(path);
  }
  return out;
}

/** What the whole folder shows that no one file does. */
function folderErrors(dir: string, checked: readonly Checked[]): string[] {
  const shownOf = new Map(checked.map((c) => [c.fileName, c.shown]));
  const claims = checked.map((c) => ({ shown: c.shown, file: c.article.source?.file, lines: c.article.source?.lines, draft: c.article.draft }));
  const addressed = checked.map((c) => ({ id: c.fileName.replace(/\.md$/, ''), fileName: c.fileName, formerSlugs: c.article.formerSlugs, draft: c.article.draft }));
  const former = formerAddresses(addressed, readManifestFormerNames(dir));
  return [...sharedLineErrors(claims), ...former.problems.map((p) => `${shownOf.get(p.fileName) ?? p.fileName}: formerSlugs: ${p.message}`)];
}

function lostFileWarnings(dir: string): string[] {
  return manifestNamesWithoutFile(dir).map(
    (name) =>
      `${relative(process.cwd(), join(dir, name))}: the ingest wrote this article and the file is gone — if you renamed it, run npm run ingest: it follows the rename and the old address keeps working; if you deleted it, the next ingest writes it again (to take an article off the site, set draft: true)`,
  );
}

export function checkArticles(dir: string, authority: Authority = { parks: [], companies: [] }): CheckReport {
  const errors: string[] = [];
  const checked: Checked[] = [];
  const names = newNameFindings();
  const files = listMarkdown(dir);
  for (const path of files) {
    const shown = relative(process.cwd(), path);
    const result = validateArticleText(shown, readFileSync(path, 'utf8'));
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    checked.push({ shown, fileName: relative(dir, path).split('\\').join('/'), article: result.article });
    readNames(shown, result.article, authority, names);
  }
  errors.push(...folderErrors(dir, checked));
  const drafts = checked.filter((c) => c.article.draft).map((c) => `${c.shown} — ${c.article.title}`);
  const publishable = checked.filter((c) => !c.article.draft && !errors.some((e) => e.startsWith(`${c.shown}: `))).length;
  return { checked: files.length, errors, warnings: [...unknownNameWarnings(names, authority), ...lostFileWarnings(dir)], notes: names.notes, drafts, publishable };
}

function main(): number {
  const dir = process.argv[2] ?? 'content/articles';
  let authority: Authority;
  try {
    authority = loadAuthority();
  } catch (error) {
    console.error(`✖ ${error instanceof AuthorityError ? error.message : String(error)}`);
    return 1;
  }
  const { checked, errors, warnings, notes, drafts, publishable } = checkArticles(dir, authority);
  for (const n of notes) console.log(`ℹ ${n}`);
  for (const w of warnings) console.log(`⚠ ${w}`);
  for (const e of errors) console.error(`✖ ${e}`);
  if (drafts.length > 0) console.log(`${drafts.length} draft(s), not on the site until draft: false (or the line is deleted):\n${drafts.map((d) => `  · ${d}`).join('\n')}`);
  const bad = new Set(errors.map((e) => e.split(': ')[0])).size;
  console.log(`${checked} articles checked (${publishable} to publish, ${drafts.length} draft(s)), ${bad} with problems`);
  return errors.length > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();
