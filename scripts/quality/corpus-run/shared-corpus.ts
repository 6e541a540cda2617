// Where the shared development corpus is: ../shared/corpus beside the project, or two levels up
// from a worktree (/work/wt/NAME → /work/shared/corpus).
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const SHARED_CORPUS_CANDIDATES = ['../shared/corpus', '../../shared/corpus'];

/** The first candidate that exists, else the first one (so a message can name where it looked). */
export function sharedCorpusDir(projectRoot: string): { dir: string; exists: boolean } {
  const found = SHARED_CORPUS_CANDIDATES.map((d) => resolve(projectRoot, d)).find((d) => existsSync(d));
  return found ? { dir: found, exists: true } : { dir: resolve(projectRoot, SHARED_CORPUS_CANDIDATES[0]!), exists: false };
}
