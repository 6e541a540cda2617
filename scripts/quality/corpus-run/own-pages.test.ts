// End to end: the ingest, run through its command line on the project's own corpus pages
// (tests/corpus/pages/, layouts the shared corpus does not have) and on the seed pages with their
// sidecars, scored against the gold files. The floors are today's figures, rounded a little
// towards safety: raise them as the cleaner improves (never lower them to make a change pass).
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runSuite, type SuiteResult } from './score-suite.ts';
import type { Totals } from '../gold-score/types.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

interface Floors {
  /** Gold articles matched by exactly one output article, at least. */
  oneToOne: number;
  /** Character error rate (lenient), at most. */
  cer: number;
  /** Share of printed titles given exactly, at least. */
  titles: number;
  /** Junk strings found in output bodies, at most. */
  junkLeaks: number;
}

/**
 * Measured with `npm run quality`: pages 24 / 0.0125 / 0.808 / 2; seeds 18 / 0.0214 / 1.000 / 1
 * (the seeds' CER is the 2019 lecture page's columns: with the language model, 2.1 %). The pages'
 * CER fell from 0.095 when the Big5 page (306) was first read as Big5 instead of as GB18030
 * mojibake; its web teaser line, now legible, is the second junk string.
 */
const FLOORS: Record<'pages' | 'seeds', Floors> = {
  pages: { oneToOne: 24, cer: 0.015, titles: 0.8, junkLeaks: 1 },
  seeds: { oneToOne: 18, cer: 0.025, titles: 1, junkLeaks: 1 },
};

function expectFloors(result: SuiteResult, floors: Floors): void {
  const t: Totals = result.report.total;
  expect(result.problems, 'files the suite could not use').toEqual([]);
  expect(t.one_to_one, 'one-to-one articles').toBeGreaterThanOrEqual(floors.oneToOne);
  expect(t.cer, 'character error rate').toBeLessThanOrEqual(floors.cer);
  expect(t.title_accuracy, 'titles exactly right').toBeGreaterThanOrEqual(floors.titles);
  expect(t.junk_leaks, 'junk strings left in bodies').toBeLessThanOrEqual(floors.junkLeaks);
}

const options = { projectRoot: ROOT, authorityDir: 'content/entities' };

describe('the ingest on gold pages, through its command line', () => {
  it('keeps the figures on the project’s own pages at or above today’s floors', () => {
    const result = runSuite({ name: 'pages', dir: 'tests/corpus/pages', rawDirs: [] }, options);
    expect(result.report.sources).toHaveLength(11);
    expectFloors(result, FLOORS.pages);
  });

  it('keeps the figures on the seed pages (sidecars read, corrections off) at or above today’s floors', () => {
    const result = runSuite({ name: 'seeds', dir: 'tests/corpus/seeds', rawDirs: ['content/raw'] }, options);
    expect(result.report.sources).toHaveLength(5);
    expectFloors(result, FLOORS.seeds);
  });
});
