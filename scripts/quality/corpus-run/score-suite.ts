// One corpus directory scored end to end: pair its gold files with raw files, run the ingest on the
// raw files into a fresh directory (sidecars are read, corrections are not applied), score the
// output, and, if asked, check that score.py gives the same report.
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { scoreDirectory } from '../gold-score/index.ts';
import type { ScoreReport } from '../gold-score/types.ts';
import { pyJsonReplacer } from '../gold-score/python-values.ts';
import { findPages } from './find-pages.ts';
import { runIngest } from './run-ingest.ts';
import { differences, runScorePy } from './score-py.ts';

export interface Suite {
  /** A short name for the report: seeds, corpus, pages. */
  name: string;
  dir: string;
  /** Other directories to find raw files in. */
  rawDirs: string[];
}

export interface SuiteOptions {
  projectRoot: string;
  authorityDir: string;
  /** Score this directory of articles instead of running the ingest. */
  articlesDir?: string;
  /** Leave the ingest's output here (an empty or new directory) instead of a temporary one. */
  keepDir?: string;
  /** Path of score.py: run it on the same articles and compare. */
  scorePy?: string;
}

export interface Agreement {
  differences: string[];
  error?: string;
}

export interface SuiteResult {
  suite: Suite;
  report: ScoreReport;
  problems: string[];
  /** Where the scored articles were (removed afterwards unless kept or given). */
  articlesDir: string;
  agreement?: Agreement;
}

function outputDirectory(options: SuiteOptions): { dir: string; temporary: boolean } {
  if (options.articlesDir) return { dir: options.articlesDir, temporary: false };
  if (options.keepDir) {
    if (existsSync(options.keepDir) && readdirSync(options.keepDir).length > 0) throw new Error(`${options.keepDir}: not empty; give a new or empty directory to keep the ingest's output in`);
    return { dir: options.keepDir, temporary: false };
  }
  return { dir: mkdtempSync(join(tmpdir(), 'quality-')), temporary: true };
}

export function runSuite(suite: Suite, options: SuiteOptions): SuiteResult {
  const { pages, problems } = findPages(suite.dir, suite.rawDirs);
  const golds = pages.map((p) => resolve(p.gold));
  const { dir, temporary } = outputDirectory(options);
  try {
    if (!options.articlesDir && pages.length > 0)
      problems.push(
        ...runIngest(
          pages.map((p) => resolve(p.raw)),
          resolve(dir),
          options.projectRoot,
        ).failures,
      );
    const scored = scoreDirectory(dir, golds, options.authorityDir);
    problems.push(...scored.problems);
    const result: SuiteResult = { suite, report: scored.report, problems, articlesDir: dir };
    if (options.scorePy) {
      const py = runScorePy(resolve(options.scorePy), resolve(dir), golds, options.projectRoot, resolve(options.authorityDir));
      const ours: unknown = JSON.parse(JSON.stringify(scored.report, pyJsonReplacer));
      result.agreement = py.report ? { differences: differences(ours, py.report) } : { differences: [], error: py.error ?? 'score.py failed' };
    }
    return result;
  } finally {
    if (temporary) rmSync(dir, { recursive: true, force: true });
  }
}
