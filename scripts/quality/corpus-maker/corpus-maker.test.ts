import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildPage } from './build-page.ts';
import { PAGES } from './pages/index.ts';
import { checkGold } from '../gold-check.ts';
import { readGold } from '../gold-score/read-gold.ts';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

describe('the project’s corpus pages', () => {
  it.each(PAGES.map((p) => [p.num, p] as const))('page %i is on disk as the maker makes it, and passes its checks', (_num, maker) => {
    const page = buildPage(maker);
    expect(page.problems).toEqual([]);
    expect(readFileSync(join(ROOT, 'tests/corpus/pages', `${page.name}.txt`)).equals(page.raw)).toBe(true);
    expect(readFileSync(join(ROOT, 'tests/corpus/pages', `${page.name}.gold.yaml`), 'utf8')).toBe(page.gold);
  });

  it('makes the same bytes twice (no clock, no unseeded randomness)', () => {
    for (const maker of PAGES) expect(buildPage(maker).raw.equals(buildPage(maker).raw)).toBe(true);
  });
});

describe('the seed pages’ gold files', () => {
  const dir = join(ROOT, 'tests/corpus/seeds');
  it.each(readdirSync(dir).filter((f) => f.endsWith('.gold.yaml')))('%s keeps to the raw page and the gold style', (file) => {
    const gold = readGold(join(dir, file));
    expect(checkGold(gold, readFileSync(join(ROOT, 'content/raw', gold.source), 'utf8'))).toEqual([]);
  });
});
