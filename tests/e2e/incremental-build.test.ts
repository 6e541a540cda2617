// A rebuild after a clipping is added, or one removed, re-renders, re-converts and re-indexes only
// what changed (Astro's incremental build keyed by src/lib/page-keys.ts, the build cache of the
// twin and the search shards, the output directory kept between builds) and gives byte for byte
// the site a full build gives.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
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

/**
 * Article pages Astro wrote since `since`: those it rendered again (it leaves a page it skips as it
 * is). Read off the files, not its log: with several pages rendered at once (build.concurrency)
 * its log no longer puts a page's time beside its name.
 */
const renderedSince = (dist: string, since: number) =>
  files(join(dist, 'articles'))
    .filter((f) => f.endsWith('/index.html') && statSync(f).mtimeMs >= since)
    .map((f) => `/${relative(dist, f)}`);

const after = { added: { log: '', fresh: '', rendered: [] as string[] }, removed: { log: '', fresh: '', rendered: [] as string[] } };
let site: string;

beforeAll(() => {
  const articles = fixtureArticlesDir();
  site = temp('rebuilt-dist');
  const cache = temp('rebuild-cache');
  build(articles, site, cache, true);
  writeFileSync(join(articles, 'added-clipping.md'), ADDED);
  let started = Date.now();
  after.added.log = build(articles, site, cache, false);
  after.added.rendered = renderedSince(site, started);
  after.added.fresh = temp('fresh-dist');
  build(articles, after.added.fresh, temp('fresh-cache'), true);
  rmSync(join(articles, REMOVED));
  started = Date.now();
  after.removed.log = build(articles, site, cache, false);
  after.removed.rendered = renderedSince(site, started);
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
    expect(after.added.rendered.length).toBeLessThan(10);
    expect(after.added.rendered).toContain('/articles/added-clipping/index.html');
    const [, shards, indexed] = /in (\d+) shard\(s\), (\d+) indexed/u.exec(log)!;
    expect(Number(shards)).toBeGreaterThan(2);
    expect(Number(indexed)).toBeGreaterThan(0);
    expect(Number(indexed)).toBeLessThanOrEqual(2);
  });
});

describe('removing a clipping', () => {
  it('removes its pages and its twin, and renders again only what named it', () => {
    expect(after.removed.rendered.length).toBeLessThan(10);
    expect(after.removed.log).toMatch(/removed \d+ file\(s\) an earlier build left/u);
  });

  it('gives the same site as a full build, file for file, after either', () => {
    // Checked at the end: the site after the removal, against a full build of the same articles.
    expect(differences(site, after.removed.fresh)).toEqual([]);
    expect(files(site).some((f) => f.includes('hand-written-unknown-park'))).toBe(false);
    expect(files(site).some((f) => f.includes('added-clipping'))).toBe(true);
  });
});
