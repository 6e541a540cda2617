// A rebuild after one clipping is added re-renders, re-converts and re-indexes only what changed
// (Astro's incremental build keyed by src/lib/page-keys.ts, the build cache of the twin and the
// search shards), and gives byte for byte the site a full build gives.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { beforeAll, expect, it } from 'vitest';
import { buildSite, fixtureArticlesDir } from './site-process.ts';

const temp = (name: string) => mkdtempSync(join(tmpdir(), `${name}-`));
const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? files(join(dir, e.name)) : [join(dir, e.name)]));

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

let rebuilt: string;
let fresh: string;
let rebuildLog: string;

beforeAll(() => {
  const articles = fixtureArticlesDir();
  rebuilt = temp('rebuilt-dist');
  const cache = temp('rebuild-cache');
  // Small shards, so the index has several and the rebuild must re-index only the new clipping's.
  const env = { ARCHIVE_CACHE_DIR: cache, ARCHIVE_SEARCH_SHARD_PAGES: '6' };
  const first = buildSite(articles, rebuilt, env, ['--force']);
  if (first.status !== 0) throw new Error(first.output.slice(-2000));
  writeFileSync(join(articles, 'added-clipping.md'), ADDED);
  const again = buildSite(articles, rebuilt, env);
  if (again.status !== 0) throw new Error(again.output.slice(-2000));
  rebuildLog = again.output;
  fresh = temp('fresh-dist');
  const full = buildSite(articles, fresh, { ...env, ARCHIVE_CACHE_DIR: temp('fresh-cache') }, ['--force']);
  if (full.status !== 0) throw new Error(full.output.slice(-2000));
}, 600_000);

it('gives the same site as a full build, file for file', () => {
  const list = (dir: string) => files(dir).map((f) => relative(dir, f)).sort();
  expect(list(rebuilt)).toEqual(list(fresh));
  const differing = list(fresh).filter((f) => !readFileSync(join(rebuilt, f)).equals(readFileSync(join(fresh, f))));
  expect(differing).toEqual([]);
  expect(list(fresh)).toContain('articles/added-clipping/index.html');
});

it('renders, converts and indexes again only what the new clipping changed', () => {
  const pages = Number(/Traditional twin: (\d+) pages/u.exec(rebuildLog)![1]);
  const converted = Number(/(\d+) converted/u.exec(rebuildLog)![1]);
  expect(converted).toBeGreaterThan(0);
  expect(converted).toBeLessThan(pages / 4);
  // Astro lists every page; a page it rendered again carries its time, one it kept says (restored).
  const rendered = rebuildLog.match(/├─ \/articles\/[^ ]+\/index\.html \(\+/gu) ?? [];
  const articles = files(fresh).filter((f) => /\/articles\/[^/]+\/index\.html$/u.test(f) && !f.includes('/zh-hant/')).length;
  expect(rendered.length).toBeLessThan(articles / 2);
  expect(rendered.join('\n')).toContain('/articles/added-clipping/index.html');
  const [, shards, indexed] = /in (\d+) shard\(s\), (\d+) indexed/u.exec(rebuildLog)!;
  expect(Number(shards)).toBeGreaterThan(2);
  expect(Number(indexed)).toBeGreaterThan(0);
  expect(Number(indexed)).toBeLessThanOrEqual(2);
});
