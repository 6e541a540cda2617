// The search end to end without a browser: an index written from a few articles of our own (with
// Pagefind's Node API), read back from disk by the search page's own code (src/client/search-run.ts)
// and Pagefind's own browser script (pagefind.js, run here on Node's WebAssembly, its files read
// from disk).
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IndexReader } from '../client/search-index.ts';
import { PagefindProposer, type PagefindLoader, type PagefindModule } from '../client/search-pagefind.ts';
import { SearchRun, type Filters, type Hit } from '../client/search-run.ts';
import { MANIFEST_FILE, type Manifest } from '../lib/search-data.ts';
import { queryTerms } from '../lib/search/bigrams.ts';
import { fold, queryWords } from '../lib/search/fold.ts';
import { BuildCache } from './build-cache.ts';
import { writeSearchIndex } from './search-index.ts';
import type { SearchRecord } from './search-record.ts';

const record = (path: string, date: string, title: string, text: string, filters: Partial<SearchRecord['filters']> = {}): SearchRecord => ({
  path,
  date,
  title,
  text,
  filters: { park: [], company: [], source: [], year: [date.slice(0, 4)], ...filters },
});

const RECORDS = [
  record('/articles/a/', '2023-05', '项目签约', '比亚迪与徐州经济技术开发区签约，投资钠离子电池项目。', { company: ['比亚迪'], park: ['徐州经济技术开发区'], source: ['甲报'] }),
  record('/articles/b/', '2022-03', '徐州高新区新闻', '徐州高新区开通了新的公交线路。高铁站附近建设产业园。', { park: ['徐州高新技术产业开发区'], source: ['乙报'] }),
  record('/articles/c/', '2019-04', '学习中关村', '中关村的创新经验值得学习。一家银行提供了贷款。', { source: ['乙报'] }),
  record('/articles/d/', '2021-08', '互联网企业', '网易公司宣布在本地设立研发中心。', { company: ['网易'], source: ['甲报'] }),
  // Tagged with a company its text never names (an editor's tag): never a hit for that name.
  record('/articles/e/', '2023-01', '新能源汽车', '多家车企在此设厂。', { company: ['比亚迪'], source: ['甲报'] }),
  // Holds 徐州高 and 州高铁, never 徐州高铁: the index proposes it, its text must turn it down.
  record('/articles/g/', '2018-06', '两地合作', '苏州高铁新城与徐州高新区合作。', { source: ['乙报'] }),
  record('/articles/f/', '2020-02', '徐州经开区企业', '徐州经开区与比亚迪合作，扩大钠离子电池产能。', { company: ['比亚迪'], park: ['徐州经济技术开发区'], source: ['乙报'] }),
];

let reader: IndexReader;
let proposer: PagefindProposer;
let loader: PagefindLoader;
let manifest: Manifest;
const realFetch = globalThis.fetch;

beforeAll(async () => {
  const site = mkdtempSync(join(tmpdir(), 'search-index-'));
  const cache = new BuildCache(mkdtempSync(join(tmpdir(), 'search-cache-')), process.cwd());
  // Shards of two articles: the search must merge them.
  await writeSearchIndex(site, RECORDS, cache, 2);
  manifest = JSON.parse(readFileSync(join(site, MANIFEST_FILE), 'utf8')) as Manifest;
  // The site's addresses are files under `site` (Pagefind asks for `/search-index/…?ts=…`).
  const fromDisk = (path: string) => readFileSync(join(site, new URL(path, 'http://site').pathname));
  globalThis.fetch = (async (input: string | URL | Request) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    return url.startsWith('/') ? new Response(fromDisk(url)) : realFetch(input);
  }) as typeof fetch;
  reader = new IndexReader(async (path) => {
    const bytes = fromDisk(path);
    return { ok: true, status: 200, json: async () => JSON.parse(bytes.toString('utf8')) as unknown };
  });
  loader = (dir) => import(pathToFileURL(join(site, dir, 'pagefind.js')).href) as Promise<PagefindModule>;
  proposer = new PagefindProposer(reader, loader);
}, 60_000);

afterAll(() => {
  globalThis.fetch = realFetch;
});

async function search(query: string, filters: Filters = {}): Promise<{ run: SearchRun; hits: Hit[] }> {
  const run = await SearchRun.start(reader, proposer, queryWords(query), filters);
  const hits: Hit[] = [];
  for await (const hit of run.hits()) hits.push(hit);
  return { run, hits };
}

/** Shard id and document number of an article numbered across shards. */
function locate(id: number): [string, number] {
  let at = id;
  for (const shard of manifest.shards) {
    if (at < shard.docs) return [shard.id, at];
    at -= shard.docs;
  }
  throw new Error(`no article ${id}`);
}

const text = (hit: Hit) => fold([...hit.title, ...hit.excerpt].map((s) => s.text).join(''));

describe('exact hits', () => {
  it('writes shards newest first', () => {
    expect(manifest.shards.length).toBeGreaterThan(1);
    expect(manifest.shards[0]!.years.startsWith('2023')).toBe(true);
  });

  it('asks Pagefind for every pair of the words, and it proposes the articles holding them all, apart too', async () => {
    const everyPair = new PagefindProposer(reader, loader, 0);
    const { docs: ids, everyTerm } = await everyPair.propose(queryTerms(['徐州高铁']), {});
    expect(everyTerm).toBe(true);
    const paths = await Promise.all(ids.map(async (id) => (await reader.doc(...locate(id))).p));
    // b and g hold 徐州, 州高 and 高铁 apart, neither writes 徐州高铁: Pagefind proposes both (the
    // check turns them down, below); a, which holds 徐州 only, is not proposed (in a's shard no
    // article holds 高铁: given all three pairs at once, Pagefind would drop that pair and find a).
    expect(paths.sort()).toEqual(['/articles/b/', '/articles/g/']);
    // With few articles left after the first pair, the others are not asked; the check does the rest.
    const few = await proposer.propose(queryTerms(['徐州高铁']), {});
    expect(few.everyTerm).toBe(false);
    expect(few.docs).toEqual(expect.arrayContaining(ids));
    const { docs: two } = await proposer.propose(queryTerms(['高铁']), {});
    expect((await Promise.all(two.map(async (id) => (await reader.doc(...locate(id))).p))).sort()).toEqual(['/articles/b/', '/articles/g/']);
    expect((await proposer.propose(queryTerms(['高铁']), { year: ['2022'] })).docs).toHaveLength(1);
  });

  it('shows a first result from the newest shard before merging the older shards', async () => {
    const merged: string[] = [];
    const recording: PagefindLoader = async (dir) => {
      const pf = await loader(dir);
      return {
        createInstance: (options) => {
          const instance = pf.createInstance(options);
          return { search: (term, o) => instance.search(term, o), mergeIndex: (path, o) => (merged.push(path), instance.mergeIndex(path, o)) };
        },
      };
    };
    const run = await SearchRun.start(reader, new PagefindProposer(reader, recording), queryWords('钠离子电池'));
    const first = await run.hits().next();
    expect(first.value?.path).toBe('/articles/a/');
    expect(merged).toEqual([]);
    expect((await run.count()).total).toBe(2);
    expect(merged).toHaveLength(manifest.shards.length - 1);
  });

  it.each(['迪士尼乐园', '徐州高铁', '中关村银行', '不存在的名字'])('finds nothing for %s, which no article holds', async (query) => {
    const { run, hits } = await search(query);
    expect(hits).toEqual([]);
    expect(await run.count()).toEqual({ total: 0, exact: true });
  });

  it('finds a name in every shard, never an article that only carries its tag', async () => {
    const { run, hits } = await search('比亚迪');
    expect(hits.map((h) => h.path).sort()).toEqual(['/articles/a/', '/articles/f/']);
    expect((await run.count()).total).toBe(2);
    expect(run.names.map((m) => m.entry.name)).toContain('比亚迪');
  });

  it('finds an alias of a park as its name, and says which form the article used', async () => {
    const { hits } = await search('徐州经开区');
    expect(hits.map((h) => h.path).sort()).toEqual(['/articles/a/', '/articles/f/']);
    const marked = hits.flatMap((h) => h.excerpt.filter((s) => s.mark).map((s) => s.text));
    expect(marked).toContain('徐州经济技术开发区');
    expect(hits.find((h) => h.path === '/articles/a/')!.writtenAs).toBe('徐州经济技术开发区');
    expect(hits.find((h) => h.path === '/articles/f/')!.writtenAs).toBeUndefined();
  });

  it('finds short words and long ones, and every hit holds every word', async () => {
    for (const query of ['高铁', '网易', '钠离子电池', '钠离子 徐州', '经验值得学习']) {
      const { hits } = await search(query);
      expect(hits.length, query).toBeGreaterThan(0);
      for (const hit of hits) for (const word of queryWords(query)) expect(text(hit) + fold(JSON.stringify(hit)), `${query} → ${hit.path}`).toContain(word);
    }
  });

  it('shows articles holding only some words of several apart, as partial matches', async () => {
    const { run, hits } = await search('网易 中关村');
    expect(hits).toEqual([]);
    const partial: Hit[] = [];
    for await (const hit of run.partialHits()) partial.push(hit);
    expect(partial.map((h) => [h.path, h.held])).toEqual([
      ['/articles/d/', ['网易']],
      ['/articles/c/', ['中关村']],
    ]);
  });

  it('narrows by filters: values of one filter are alternatives, filters together narrow', async () => {
    expect((await search('钠离子电池', { year: ['2023'] })).hits.map((h) => h.path)).toEqual(['/articles/a/']);
    expect((await search('钠离子电池', { year: ['2023', '2020'] })).hits.map((h) => h.path)).toEqual(['/articles/a/', '/articles/f/']);
    expect((await search('钠离子电池', { year: ['2020'], source: ['甲报'] })).hits).toEqual([]);
    expect((await search('比亚迪', { source: ['乙报'] })).hits.map((h) => h.path)).toEqual(['/articles/f/']);
  });

  it('counts filter values over the results, leaving out values no result has', async () => {
    const { run } = await search('钠离子电池', { year: ['2023'] });
    const counts = await run.facetCounts();
    // Years are counted without the year filter itself, so another year can be added.
    expect(counts.year).toEqual([
      ['2020', 1],
      ['2023', 1],
    ]);
    expect(counts.source).toEqual([['甲报', 1]]);
    expect(counts.company.map(([v]) => v)).not.toContain('网易');
  });

  it('suggests names near in name only', async () => {
    expect((await search('不存在的名字')).run.suggestions()).toEqual([]);
    expect((await search('徐州高铁')).run.suggestions().map((n) => n.name)).toContain('徐州高新技术产业开发区');
  });
});

describe('the build cache', () => {
  /** Every file under a directory with its bytes, by path within it. */
  const contents = (dir: string) =>
    Object.fromEntries(
      readdirSync(dir, { recursive: true, withFileTypes: true })
        .filter((e) => e.isFile())
        .map((e) => [join(e.parentPath, e.name).slice(dir.length), readFileSync(join(e.parentPath, e.name)).toString('base64')]),
    );

  it('puts every shard back from the cache into an empty site, indexing none again', async () => {
    const cache = new BuildCache(mkdtempSync(join(tmpdir(), 'search-cache-')), process.cwd());
    const first = mkdtempSync(join(tmpdir(), 'search-index-'));
    expect((await writeSearchIndex(first, RECORDS, cache, 2)).indexed).toBeGreaterThan(1);
    const second = mkdtempSync(join(tmpdir(), 'search-index-'));
    expect((await writeSearchIndex(second, RECORDS, cache, 2)).indexed).toBe(0);
    expect(contents(second)).toEqual(contents(first));
  }, 60_000);
});
