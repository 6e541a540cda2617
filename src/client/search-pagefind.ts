// Pagefind in the browser: the shards' Pagefind indexes merged into one search (Pagefind's
// mergeIndex; the newest shard's script and WebAssembly serve them all, on the page's own thread:
// a search asks for a few short terms, and a worker would be one more file to fetch), asked for
// the character pairs of the query's words (src/lib/search/bigrams.ts) with the filters.
//
// Pairs are asked one at a time and the answers intersected: given several terms, Pagefind leaves
// out those a shard has never seen, and would propose articles holding only the others. Once few
// articles are left (CHECK_RATHER_THAN_ASK per shard) the remaining pairs are not asked: checking
// those articles' own texts costs less than more of Pagefind's index, a chunk of every shard. Each shard's pages carry the
// shard's id as a filter (mergeFilter), so every answer is asked shard by shard and each page id
// is looked up in its own shard's ids/ file (ids are short hashes, unique within a shard only).
// Nothing here is loaded until a search needs the full text: a name query shows its first results
// from the name index before this module's files are fetched.
import { pagefindDir, SHARD_FILTER, type ShardInfo } from '../lib/search-data.ts';
import { CHECK_RATHER_THAN_ASK } from '../lib/search/knobs.ts';
import type { IndexReader } from './search-index.ts';

type PagefindFilterQuery = Record<string, { any: string[] }>;

/** The part of Pagefind's browser API this search uses (pagefind.js, Pagefind 1.6). */
export interface PagefindInstance {
  mergeIndex(path: string, options?: { mergeFilter?: Record<string, string> }): Promise<unknown>;
  search(term: string, options?: { filters?: PagefindFilterQuery }): Promise<{ results: Array<{ id: string }> } | null>;
}
export interface PagefindModule {
  createInstance(options: { basePath: string; noWorker?: boolean; mergeFilter?: Record<string, string> }): PagefindInstance;
}
/** Imports pagefind.js from a directory (the browser: a dynamic import; tests: from disk). */
export type PagefindLoader = (dir: string) => Promise<PagefindModule>;

export const importPagefind: PagefindLoader = (dir) => import(/* @vite-ignore */ new URL(`${dir}pagefind.js`, location.href).href) as Promise<PagefindModule>;

/** Filter key → the values any of which an article must have. */
export type PagefindFilters = Partial<Record<string, string[]>>;

export interface Proposal {
  /** Articles numbered across shards (newest first), ascending. */
  docs: number[];
  /** Whether every term was asked (else the articles hold the terms asked, and were few). */
  everyTerm: boolean;
}

export class PagefindProposer {
  private ready: Promise<{ instance: PagefindInstance; shards: ShardInfo[]; starts: number[] }> | undefined;

  constructor(
    private readonly reader: IndexReader,
    private readonly load: PagefindLoader,
    /** Articles per shard few enough to check rather than ask Pagefind for more terms. */
    private readonly fewEnough = CHECK_RATHER_THAN_ASK,
  ) {}

  private open() {
    this.ready ??= (async () => {
      const { shards } = await this.reader.manifest();
      const [newest, ...others] = shards;
      if (!newest) throw new Error('search index: no shards');
      const pf = await this.load(pagefindDir(newest.id));
      const instance = pf.createInstance({ basePath: pagefindDir(newest.id), noWorker: true, mergeFilter: { [SHARD_FILTER]: newest.id } });
      for (const shard of others) await instance.mergeIndex(pagefindDir(shard.id), { mergeFilter: { [SHARD_FILTER]: shard.id } });
      const starts: number[] = [];
      shards.reduce((at, s) => (starts.push(at), at + s.docs), 0);
      return { instance, shards, starts };
    })();
    return this.ready;
  }

  /** Pagefind's pages holding one term, with the filters, shard by shard. */
  private async termPages(term: string, filters: PagefindFilterQuery): Promise<Array<Set<string>>> {
    const { instance, shards } = await this.open();
    return Promise.all(
      shards.map(async (shard) => {
        const found = await instance.search(term, { filters: { ...filters, [SHARD_FILTER]: { any: [shard.id] } } });
        return new Set((found?.results ?? []).map((r) => r.id));
      }),
    );
  }

  /**
   * The articles Pagefind finds holding every term (or the first terms, once few are left), with
   * the filters. Pages are intersected by Pagefind's ids, shard by shard; only those left are
   * looked up in the shards' id files.
   */
  async propose(terms: readonly string[], filters: PagefindFilters): Promise<Proposal> {
    if (terms.length === 0) return { docs: [], everyTerm: true };
    const { shards, starts } = await this.open();
    const query: PagefindFilterQuery = {};
    for (const [key, values] of Object.entries(filters)) if (values && values.length > 0) query[key] = { any: values };
    let held: Array<Set<string>> | undefined;
    let asked = 0;
    for (const term of terms) {
      const pages = await this.termPages(term, query);
      held = held ? held.map((ids, i) => new Set([...ids].filter((id) => pages[i]!.has(id)))) : pages;
      asked++;
      if (held.reduce((n, ids) => n + ids.size, 0) <= this.fewEnough * shards.length) break;
    }
    const docs = await Promise.all(
      (held ?? []).map(async (ids, i) => {
        const ns = await Promise.all([...ids].map((id) => this.reader.pageDoc(shards[i]!.id, id)));
        return ns.filter((n): n is number => n !== undefined).map((n) => starts[i]! + n);
      }),
    );
    return { docs: docs.flat().sort((a, b) => a - b), everyTerm: asked === terms.length };
  }
}
