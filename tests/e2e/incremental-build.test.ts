// A rebuild after a clipping is added, or one removed, re-renders, re-converts and re-indexes only
// what changed (Astro's incremental build keyed by src/lib/page-keys.ts, the build cache of the
// twin and the search shards, the output directory kept between builds) and gives byte for byte
// the site a full build gives.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildSite, fixtureArticlesDir, root } from './site-process.ts';

// Inside the project (tests/.tmp/, gitignored): a build's prerender chunks, written beside its
// output, import packages by name, which resolve only from under the project's node_modules.
const TMP = join(root, 'tests/.tmp');
const made: string[] = [];
const temp = (name: string) => {
  mkdirSync(TMP, { recursive: true });
  const dir = mkdtempSync(join(TMP, `${name}-`));
  made.push(dir);
  return dir;
};
afterAll(() => {
  for (const dir of made) rmSync(dir, { recursive: true, force: true });
});
const files = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));
// Small shards, so the index has several and a rebuild must re-index only the changed one's.
const ENV = { ARCHIVE_SEARCH_SHARD_PAGES: '6' };

const ADDED = `---
title: 测试剪报：新增的一篇
date: "2024-03-09"
source:
  publication: 测试日报
parks: [徐州经济技术开发区]
companies: [徐工集团]
---

徐工集团在徐州经济技术开发区新建一条生产线，这是测试用的新增剪报。
`;
const REMOVED = 'hand-written-unknown-park.md';

function build(articles: string, dist: string, cache: string, force: boolean): string {
  const run = buildSite(articles, dist, { ...ENV, ARCHIVE_CACHE_DIR: cache }, force ? ['--force'] : []);
  if (run.status !== 0) throw new Error(run.output.slice(-2000));
  // Astro colours its log where CI is set (picocolors): read it as plain text.
  return stripVTControlCharacters(run.output);
}

/** Files that differ between two sites, or are in one only. */
function differences(a: string, b: string): string[] {
  const list = (dir: string) => files(dir).map((f) => relative(dir, f));
  const inA = new Set(list(a));
  const inB = new Set(list(b));
  return [...new Set([...inA, ...inB])].filter((f) => !inA.has(f) || !inB.has(f) || !readFileSync(join(a, f)).equals(readFileSync(join(b, f)))).sort();
}

const rendered = (log: string) => log.match(/├─ \/articles\/[^ ]+\/index\.html \(\+/gu) ?? [];

const after = { added: { log: '', fresh: '' }, removed: { log: '', fresh: '' } };
let site: string;

beforeAll(() => {
  const articles = fixtureArticlesDir();
  site = temp('rebuilt-dist');
  const cache = temp('rebuild-cache');
  build(articles, site, cache, true);
  writeFileSync(join(articles, 'added-clipping.md'), ADDED);
  after.added.log = build(articles, site, cache, false);
  after.added.fresh = temp('fresh-dist');
  build(articles, after.added.fresh, temp('fresh-cache'), true);
  rmSync(join(articles, REMOVED));
  after.removed.log = build(articles, site, cache, false);
  after.removed.fresh = temp('fresh-dist');
  build(articles, after.removed.fresh, temp('fresh-cache'), true);
}, 900_000);

describe('adding a clipping', () => {
  it('renders, converts and indexes again only what the new clipping changed', () => {
    const { log } = after.added;
    const pages = Number(/Traditional twin: (\d+) pages/u.exec(log)![1]);
    const converted = Number(/(\d+) converted/u.exec(log)![1]);
    expect(converted).toBeGreaterThan(0);
    expect(converted).toBeLessThan(pages / 4);
    // Astro lists every page; a page it rendered again carries its time.
    expect(rendered(log).length).toBeLessThan(10);
    expect(rendered(log).join('\n')).toContain('/articles/added-clipping/index.html');
    const [, shards, indexed] = /in (\d+) shard\(s\), (\d+) indexed/u.exec(log)!;
    expect(Number(shards)).toBeGreaterThan(2);
    expect(Number(indexed)).toBeGreaterThan(0);
    expect(Number(indexed)).toBeLessThanOrEqual(2);
  });
});

describe('removing a clipping', () => {
  it('removes its pages and its twin, and renders again only what named it', () => {
    expect(rendered(after.removed.log).length).toBeLessThan(10);
    expect(after.removed.log).toMatch(/removed \d+ file\(s\) an earlier build left/u);
  });

  it('gives the same site as a full build, file for file, after either', () => {
    // Checked at the end: the site after the removal, against a full build of the same articles.
    expect(differences(site, after.removed.fresh)).toEqual([]);
    expect(files(site).some((f) => f.includes('hand-written-unknown-park'))).toBe(false);
    expect(files(site).some((f) => f.includes('added-clipping'))).toBe(true);
  });
});
