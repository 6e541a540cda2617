// Stage 8, write: one page's articles into the articles folder. Each article gets its name (kept
// from an earlier run when it is the same article), is written as Markdown (to-markdown.ts)
// unless an editor's edit stands (manifest.ts), and the names it holds that the authority files
// do not know are proposed as candidates. Articles the raw file no longer produces are removed
// when untouched and kept when edited.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { ArticleRecord } from '../article-record.ts';
import type { DetectedEntities } from '../describe/detect-entities.ts';
import { addCandidate, type Candidates } from './candidates.ts';
import { isUntouched, writeArticle, type Manifest, type WriteOutcome } from './manifest.ts';
import { articleName, type Naming } from './naming.ts';
import { toMarkdown } from './to-markdown.ts';

export { acceptEdit, readManifest, writeManifest, type Manifest } from './manifest.ts';
export { followRenames, newNaming, type Naming } from './naming.ts';
export { writeCandidates, type Candidates } from './candidates.ts';
export { writeSuspects } from './suspects.ts';

export interface PageWrite {
  outcomes: Record<WriteOutcome, string[]>;
  /** Untouched articles this raw file no longer produces: removed. */
  removed: string[];
  /** Edited articles this raw file no longer produces: kept. */
  stale: string[];
  /** Names not in the authority files, proposed as candidates. */
  newNames: string[];
}

export interface WriteContext {
  outDir: string;
  manifest: Manifest;
  naming: Naming;
  candidates: Candidates;
}

export function writePage(file: string, articles: readonly ArticleRecord[], entities: readonly DetectedEntities[], ctx: WriteContext): PageWrite {
  const result: PageWrite = { outcomes: { created: [], updated: [], unchanged: [], conflict: [], 'conflict-unchanged': [] }, removed: [], stale: [], newNames: [] };
  const written = new Set<string>();
  const newNames = new Set<string>();
  articles.forEach((record, i) => {
    const name = articleName(record, ctx.naming, ctx.outDir, file, ctx.manifest);
    result.outcomes[writeArticle(ctx.outDir, name, toMarkdown(record), file, ctx.manifest, record.data.source?.lines)].push(name);
    written.add(name);
    const found = entities[i];
    for (const p of found?.newParks ?? []) addCandidate(ctx.candidates.parks, p.name, undefined, name, newNames);
    for (const c of found?.newCompanies ?? []) addCandidate(ctx.candidates.companies, c.name, c.short, name, newNames);
  });
  for (const [name, entry] of Object.entries(ctx.manifest)) {
    if (entry.source !== file || written.has(name)) continue;
    if (isUntouched(ctx.outDir, name, ctx.manifest)) {
      rmSync(join(ctx.outDir, name));
      rmSync(join(ctx.outDir, `${name}.new`), { force: true });
      delete ctx.manifest[name];
      result.removed.push(name);
    } else if (existsSync(join(ctx.outDir, name))) result.stale.push(name);
    else delete ctx.manifest[name];
  }
  result.newNames = [...newNames];
  return result;
}
