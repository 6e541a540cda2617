// Agreement with the corpus's reference scorer: run score.py on the same articles and gold files
// and compare its JSON report with ours, field by field (numbers by value: Python writes 1.0 where
// JavaScript writes 1).
import { spawnSync } from 'node:child_process';
import type { ScoreReport } from '../gold-score/types.ts';

/** Is python3 there with the modules score.py needs (numpy, PyYAML)? */
export function pythonAvailable(): boolean {
  const run = spawnSync('python3', ['-c', 'import numpy, yaml'], { encoding: 'utf8' });
  return run.status === 0;
}

export interface ScorePyRun {
  report?: ScoreReport;
  error?: string;
}

/** `python3 score.py ARTICLES GOLD... --json`, from `cwd` (where content/entities resolves). */
export function runScorePy(scorePy: string, articlesDir: string, golds: readonly string[], cwd: string, authorityDir?: string): ScorePyRun {
  const env = authorityDir ? { ...process.env, GOLDEVAL_AUTHORITY: authorityDir } : process.env;
  const run = spawnSync('python3', [scorePy, articlesDir, ...golds, '--json'], { cwd, env, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (run.status !== 0) return { error: `score.py exited with ${run.status}: ${(run.stderr ?? run.error?.message ?? '').trim().split('\n').slice(-2).join(' / ')}` };
  try {
    return { report: JSON.parse(run.stdout) as ScoreReport };
  } catch {
    return { error: 'score.py did not print JSON' };
  }
}

/** Differences between two values, each as `path: ours ≠ theirs`; empty when they agree. */
export function differences(ours: unknown, theirs: unknown, path = 'report'): string[] {
  if (typeof ours === 'number' && typeof theirs === 'number') return ours === theirs ? [] : [`${path}: ${ours} ≠ ${theirs}`];
  if (Array.isArray(ours) && Array.isArray(theirs)) {
    if (ours.length !== theirs.length) return [`${path}: ${ours.length} items ≠ ${theirs.length}`];
    return ours.flatMap((x, i) => differences(x, theirs[i], `${path}[${i}]`));
  }
  if (ours !== null && theirs !== null && typeof ours === 'object' && typeof theirs === 'object' && !Array.isArray(ours) && !Array.isArray(theirs)) {
    const keys = new Set([...Object.keys(ours), ...Object.keys(theirs)]);
    return [...keys].flatMap((k) => differences((ours as Record<string, unknown>)[k], (theirs as Record<string, unknown>)[k], `${path}.${k}`));
  }
  return JSON.stringify(ours) === JSON.stringify(theirs) ? [] : [`${path}: ${JSON.stringify(ours)} ≠ ${JSON.stringify(theirs)}`];
}
