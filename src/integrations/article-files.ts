// After the build (after-build.ts): each article's data and citation files beside its page
// (/articles/<id>.json, .ris, .bib), written from /data/articles.json, which the build has just
// written and checked against the export schema (src/pages/data/articles.json.ts). Written here rather than as three
// Astro routes per article because a route costs about a millisecond a file: 20,000 articles
// would add a minute to the build; plain writes take a few seconds.
import { existsSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ARTICLES_DATA_PATH } from '../core/urls.ts';
import { articleFiles } from '../lib/export/article-files.ts';
import { nextTurn } from './next-turn.ts';
import type { ArticlesFile } from '../schema/export.ts';

/**
 * Puts `content` at `file`: written if new or different, otherwise only touched, so the stale-file
 * sweep (stale-files.ts: files not written since the build started go) keeps it. A rebuild after
 * one clipping thus writes three files, not three per article (at 5,000 articles, 0.5 s instead
 * of 3.3 s: reading a small file is cheaper than writing it).
 */
function putFile(file: string, content: string, now: Date): boolean {
  const there = existsSync(file) ? readFileSync(file, 'utf8') : undefined;
  if (there === content) {
    utimesSync(file, now, now);
    return false;
  }
  writeFileSync(file, content, 'utf8');
  return true;
}

/** Articles whose files are written between two turns of the event loop. */
const ARTICLES_BETWEEN_TURNS = 32;

/**
 * Writes every article's files under `site` (those already as they should be are kept), handing
 * the event loop back now and then: the search index is built meanwhile (after-build.ts).
 */
export async function writeArticleFiles(site: string): Promise<{ files: number; written: number }> {
  const file = JSON.parse(readFileSync(join(site, ARTICLES_DATA_PATH), 'utf8')) as ArticlesFile;
  const now = new Date();
  let files = 0;
  let written = 0;
  // Synchronous writes: thousands of small files are written faster one after another than as promises.
  for (const [n, article] of file.articles.entries()) {
    if (n % ARTICLES_BETWEEN_TURNS === ARTICLES_BETWEEN_TURNS - 1) await nextTurn();
    for (const f of articleFiles(article)) {
      files++;
      if (putFile(join(site, f.path), f.content, now)) written++;
    }
  }
  return { files, written };
}
