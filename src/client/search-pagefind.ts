// Pagefind in the browser: the shards' Pagefind indexes merged into one search (Pagefind's
// mergeIndex; the newest shard's script and WebAssembly serve them all, on the page's own thread:
// a search asks for a few short terms, and a worker would be one more file to fetch), asked for the
// character pairs of the query's words (src/lib/search/bigrams.ts) with the filters, one pair at a
// time: given several terms, Pagefind leaves out those a shard's index has never seen, and would
// propose articles holding only the others. It answers with Pagefind's page ids; each shard's
// ids.json turns them into the shard's document numbers, and the pairs' answers are intersected.
// Nothing here is loaded until a search needs the full text: a name query shows its first
// results from the name index before this module's files are fetched.
import { pagefindDir } from '../lib/search-data.ts';
import type { IndexReader } from './search-index.ts';

/** The part of Pagefind's browser API this search uses (pagefind.js, Pagefind 1.6). */
export interface PagefindInstance {
  mergeIndex(path: string, options?: Record<string, unknown>): Promise<unknown>;
  search(term: string, options?: { filters?: Record<string, { any: string[] }> }): Promise<{ results: Array<{ id: string }> } | null>;
}
export interface PagefindModule {
  createInstance(options: { basePath: string; noWorker?: boolean }): PagefindInstance;
}
/** Imports pagefind.js from a directory (the browser: a dynamic import; tests: from disk). */
export type PagefindLoader = (dir: string) => Promise<PagefindModule>;

export const importPagefind: PagefindLoader = (dir) => import(/* @vite-ignore */ new URL(`${dir}pagefind.js`, location.href).href) as Promise<PagefindModule>;

/** Filter key → the values any of which an article must have. */
export type PagefindFilters = Record<string, string[]>;

export class PagefindProposer {
  private ready: Promise<{ instance: PagefindInstance; byId: Map<string, number[]> }> | undefined;

  constructor(
    private readonly reader: IndexReader,
    private readonly load: PagefindLoader,
  ) {}

  private open() {
    this.ready ??= (async () => {
      const { shards } = await this.reader.manifest();
      const [newest, ...others] = shards;
      if (!newest) throw new Error('search index: no shards');
      const idLists = this.reader.pageIds(shards.map((s) => s.id));
      const pf = await this.load(pagefindDir(newest.id));
      const instance = pf.createInstance({ basePath: pagefindDir(newest.id), noWorker: true });
      for (const shard of others) await instance.mergeIndex(pagefindDir(shard.id));
      // Page ids are short hashes, unique within a shard only: an id two shards share names both
      // articles, and the check on their text keeps the one that holds the words.
      const byId = new Map<string, number[]>();
      let start = 0;
      (await idLists).forEach((ids, i) => {
        ids.forEach((id, n) => byId.set(id, [...(byId.get(id) ?? []), start + n]));
        start += shards[i]!.docs;
      });
      return { instance, byId };
    })();
    return this.ready;
  }

  /**
   * The articles (numbered across shards, newest first) Pagefind finds holding every term, with
   * the filters (values of one filter: any); ascending.
   */
  async propose(terms: readonly string[], filters: PagefindFilters): Promise<number[]> {
    if (terms.length === 0) return [];
    const { instance, byId } = await this.open();
    const pagefindFilters = Object.fromEntries(Object.entries(filters).filter(([, v]) => v.length > 0).map(([k, v]) => [k, { any: v }]));
    const answers = await Promise.all(terms.map((t) => instance.search(t, { filters: pagefindFilters })));
    let held: Set<number> | undefined;
    for (const found of answers) {
      const ids = new Set((found?.results ?? []).flatMap((r) => byId.get(r.id) ?? []));
      held = held ? new Set([...held].filter((id) => ids.has(id))) : ids;
    }
    return [...(held ?? [])].sort((a, b) => a - b);
  }
}
