// The site's output directory is not emptied before a build (astro.config.mjs: vite.build.emptyOutDir
// false): pages Astro does not render again stay where they are (its incremental build skips
// them), twins and search shards that did not change stay too, and a rebuild does not spend its
// first half deleting tens of thousands of files. What must go is what this build did not make:
// pages of articles that are gone, and other files it did not write.
import { readdirSync, rmdirSync, statSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { TWIN_PREFIX } from '../core/urls.ts';
import { SEARCH_INDEX_DIR } from '../lib/search-data.ts';
import { nextTurn } from './next-turn.ts';

const OWN_DIRS = new Set([TWIN_PREFIX.slice(1), SEARCH_INDEX_DIR.replace(/\//gu, '')]);

/** Entries looked at between two turns of the event loop. */
const ENTRIES_BETWEEN_TURNS = 256;

/**
 * Deletes from `site` (outside the twin and the search index, which their own steps keep) every
 * page Astro did not make in this build (`made`: its routes' files) and every other file not
 * written since `startedAt`, and directories left empty. Returns how many files went. Hands the
 * event loop back now and then: the search index is built meanwhile (after-build.ts).
 */
export async function removeStaleFiles(site: string, made: ReadonlyMap<string, readonly URL[]>, startedAt: number): Promise<number> {
  const keep = new Set([...made.values()].flat().map((url) => fileURLToPath(url)));
  let removed = 0;
  let seen = 0;
  const walk = async (dir: string, top: boolean): Promise<boolean> => {
    let empty = true;
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (++seen % ENTRIES_BETWEEN_TURNS === 0) await nextTurn();
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (top && OWN_DIRS.has(entry.name)) {
          empty = false;
          continue;
        }
        if (await walk(path, false)) rmdirSync(path);
        else empty = false;
        continue;
      }
      const stale = !keep.has(path) && (entry.name.endsWith('.html') || statSync(path).mtimeMs < startedAt);
      if (stale) {
        unlinkSync(path);
        removed++;
      } else empty = false;
    }
    return empty;
  };
  await walk(site, true);
  return removed;
}
