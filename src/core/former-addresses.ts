// Addresses that never move: when an editor renames an article's file, its old address (the old
// file name without .md) keeps leading to it. Former addresses come from two records: the ingest's
// manifest (`formerNames`, written when it follows a rename; the ingest never edits an editor's
// file) and the article's own front matter (`formerSlugs`, for hand-written articles or by hand).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** The ingest's manifest beside the articles (scripts/ingest/write/manifest.ts writes it). */
export const MANIFEST_NAME = '.ingest-manifest.json';

export interface AddressedArticle {
  /** The article's address: its file name without .md. */
  id: string;
  /** Its file name, as the manifest knows it (`2023-x.md`). */
  fileName: string;
  formerSlugs?: readonly string[] | undefined;
  draft: boolean;
}

export interface Redirect {
  from: string;
  to: string;
}

export interface FormerAddresses {
  redirects: Redirect[];
  /** Former addresses that cannot be kept, with why: for `npm run check`. */
  problems: Array<{ fileName: string; message: string }>;
}

const withoutMd = (name: string) => name.replace(/\.md$/, '');

/** Each article file's former names from the manifest; a missing or unreadable manifest has none. */
export function readManifestFormerNames(dir: string): Map<string, string[]> {
  const path = join(dir, MANIFEST_NAME);
  const out = new Map<string, string[]>();
  if (!existsSync(path)) return out;
  let manifest: unknown;
  try {
    manifest = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return out;
  }
  if (!manifest || typeof manifest !== 'object') return out;
  for (const [name, entry] of Object.entries(manifest as Record<string, { formerNames?: unknown }>)) {
    const former = entry?.formerNames;
    if (Array.isArray(former)) out.set(name, former.filter((f): f is string => typeof f === 'string'));
  }
  return out;
}

/** The manifest's file names whose files are gone (renamed or deleted since the last ingest). */
export function manifestNamesWithoutFile(dir: string): string[] {
  const path = join(dir, MANIFEST_NAME);
  if (!existsSync(path)) return [];
  try {
    return Object.keys(JSON.parse(readFileSync(path, 'utf8')) as object).filter((name) => !existsSync(join(dir, name)));
  } catch {
    return [];
  }
}

/**
 * Every former address with the article it leads to. An address that is an article's own, or
 * that two articles claim, is not redirected (the problem says which); a draft's former
 * addresses wait until it is published.
 */
export function formerAddresses(articles: readonly AddressedArticle[], manifestFormer: ReadonlyMap<string, readonly string[]>): FormerAddresses {
  const current = new Map(articles.map((a) => [a.id, a.fileName]));
  const claimed = new Map<string, string>();
  const redirects: Redirect[] = [];
  const problems: FormerAddresses['problems'] = [];
  for (const article of [...articles].sort((a, b) => a.fileName.localeCompare(b.fileName))) {
    const former = new Set([...(article.formerSlugs ?? []), ...(manifestFormer.get(article.fileName) ?? []).map(withoutMd)]);
    for (const from of former) {
      if (from === article.id) continue;
      const owner = current.get(from);
      if (owner !== undefined) {
        problems.push({ fileName: article.fileName, message: `former address ${from} is the address of ${owner} — remove it from formerSlugs, or rename one of the two` });
        continue;
      }
      const first = claimed.get(from);
      if (first !== undefined) {
        problems.push({ fileName: article.fileName, message: `former address ${from} is claimed by ${first} too — it can lead to one article only: remove it from one of them` });
        continue;
      }
      claimed.set(from, article.fileName);
      if (!article.draft) redirects.push({ from, to: article.id });
    }
  }
  return { redirects, problems };
}
