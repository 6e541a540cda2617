// Pagefind in the browser: the shards' Pagefind indexes merged into one search (Pagefind's
// mergeIndex; the newest shard's script and WebAssembly serve them all, on the page's own thread:
// a search asks for a few short terms, and a worker would be one more file to fetch), asked for
// the character pairs of the query's words (src/lib/search/bigrams.ts) with the filters.
//
// Pairs are asked one at a time and the answers intersected: given several terms, Pagefind leaves
// out those a shard has never seen, and would propose articles holding only the others. Once few
// articles of a shard are left (CHECK_RATHER_THAN_ASK) its remaining pairs are not asked: checking
// those articles' own texts costs less than more of Pagefind's index. Each shard's pages carry the
// shard's id as a filter (mergeFilter), so every answer is asked shard by shard and each page id
// is looked up in its own shard's ids/ file (ids are short hashes, unique within a shard only).
// Shards are searched newest first and merged as the search reaches them, so a first page of
// results often needs the newest shard's files only.
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
  /** Whether the answer is Pagefind's for every term (else: for the terms asked, few articles). */
  everyTerm: boolean;
}

export class PagefindProposer {
  private ready: Promise<{ instance: PagefindInstance; shards: ShardInfo[]; starts: number[] }> | undefined;
  /** Shards merged into the instance so far, in order (the newest is the instance's own). */
  private merging: Promise<void> = Promise.resolve();
  private merged = 1;

  constructor(
    private readonly reader: IndexReader,
    private readonly load: PagefindLoader,
    /** Articles per shard few enough to check rather than ask Pagefind for more terms. */
    private readonly fewEnough = CHECK_RATHER_THAN_ASK,
  ) {}

  private open() {
    this.ready ??= (async () => {
      const { shards } = await this.reader.manifest();
      const newest = shards[0];
      if (!newest) throw new Error('search index: no shards');
      const pf = await this.load(pagefindDir(newest.id));
      const instance = pf.createInstance({ basePath: pagefindDir(newest.id), noWorker: true, mergeFilter: { [SHARD_FILTER]: newest.id } });
      const starts: number[] = [];
      shards.reduce((at, s) => (starts.push(at), at + s.docs), 0);
      return { instance, shards, starts };
    })();
    return this.ready;
  }

  /**
   * The instance with shards 0…k merged. Older shards are merged only when a search reaches them:
   * results are newest first, so a first page can often be shown from the newest shard alone.
   */
  private async upTo(k: number): Promise<PagefindInstance> {
    const { instance, shards } = await this.open();
    this.merging = this.merging.then(async () => {
      for (; this.merged <= k && this.merged < shards.length; this.merged++) {
        const shard = shards[this.merged]!;
        await instance.mergeIndex(pagefindDir(shard.id), { mergeFilter: { [SHARD_FILTER]: shard.id } });
      }
    });
    await this.merging;
    return instance;
  }

  /** How many shards there are. */
  async shardCount(): Promise<number> {
    return (await this.open()).shards.length;
  }

  /**
   * The articles of shard k that Pagefind finds holding every term (or the first terms, once few
   * are left), with the filters (values of one filter: any), numbered across shards, ascending.
   * Pages are intersected by Pagefind's ids; only those left are looked up in the shard's id files.
   */
  async proposeInShard(terms: readonly string[], filters: PagefindFilters, k: number): Promise<Proposal> {
    if (terms.length === 0) return { docs: [], everyTerm: true };
    const { shards, starts } = await this.open();
    const instance = await this.upTo(k);
    const shard = shards[k]!;
    const query: PagefindFilterQuery = { [SHARD_FILTER]: { any: [shard.id] } };
    for (const [key, values] of Object.entries(filters)) if (values && values.length > 0) query[key] = { any: values };
    let held: Set<string> | undefined;
    let asked = 0;
    for (const term of terms) {
      const found = await instance.search(term, { filters: query });
      const pages = new Set((found?.results ?? []).map((r) => r.id));
      held = held ? new Set([...held].filter((id) => pages.has(id))) : pages;
      asked++;
      if (held.size <= this.fewEnough) break;
    }
    const ns = await Promise.all([...(held ?? [])].map((id) => this.reader.pageDoc(shard.id, id)));
    const docs = ns.filter((n): n is number => n !== undefined).map((n) => starts[k]! + n);
    // An empty answer is exact whatever was left unasked.
    return { docs: docs.sort((a, b) => a - b), everyTerm: asked === terms.length || (held?.size ?? 0) === 0 };
  }

  /** The same over every shard. */
  async propose(terms: readonly string[], filters: PagefindFilters): Promise<Proposal> {
    const count = await this.shardCount();
    const parts: Proposal[] = [];
    // One shard after another: each asks only the pairs it needs, the next merged as it is reached.
    for (let k = 0; k < count; k++) parts.push(await this.proposeInShard(terms, filters, k));
    return { docs: parts.flatMap((p) => p.docs), everyTerm: parts.every((p) => p.everyTerm) };
  }
}
