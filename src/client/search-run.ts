// One search: the parks and companies the query names (their articles first, from the name
// index, before the full-text index is read), then every article whose own text holds all the
// query's words, newest first. A query that is a park's or company's name (or one of its other
// names) finds the articles writing any of its names; a result that writes another name than
// the one searched says which (writtenAs). Pagefind only proposes articles (those holding every
// character pair of every word, search-pagefind.ts); each one is shown only after its own text has
// been checked, so no result lacks a word. Articles are numbered across shards in the manifest's
// order (newest first), so one number stands for one article.
import type { EntityItem, FilterKey, Manifest, NameEntry } from '../lib/search-data.ts';
import { FILTER_KEYS } from '../lib/search-data.ts';
import { excerpt, highlight, type Segment } from '../lib/search/excerpt.ts';
import { queryTerms, proposedExactly, wordTerms } from '../lib/search/bigrams.ts';
import { fold, holdsAll } from '../lib/search/fold.ts';
import { PAGE_SIZE } from '../lib/search/knobs.ts';
import { matchNames, queryBuckets, suggestNames, type NameMatch } from '../lib/search/names.ts';
import type { IndexReader } from './search-index.ts';
import type { Proposal } from './search-pagefind.ts';

/** Who proposes the articles holding every term (search-pagefind.ts: Pagefind). */
export interface Proposer {
  propose(terms: readonly string[], filters: Partial<Record<FilterKey, string[]>>): Promise<Proposal>;
  /** The same within one shard (shards in the manifest's order, newest first). */
  proposeInShard(terms: readonly string[], filters: Partial<Record<FilterKey, string[]>>, shard: number): Promise<Proposal>;
}

export type Filters = Partial<Record<FilterKey, string[]>>;

/** Articles proposed before their text is checked for more than this many are counted as "about". */
export const VERIFY_FOR_COUNT = 40;

export interface Hit {
  path: string;
  title: Segment[];
  date?: string;
  excerpt: Segment[];
  /** Partial matches only: the words of the query the article holds. */
  held?: string[];
  /**
   * For a query that is a park's or company's name: the other name the article writes it by,
   * when it never writes the query's (徐州经开区 searched, 徐州经济技术开发区 written).
   */
  writtenAs?: string;
}

export interface Count {
  total: number;
  /** False when some proposed articles were not yet checked (the total is then an upper bound). */
  exact: boolean;
}

type FacetSets = Record<FilterKey, Map<string, Set<number>>>;

export class SearchRun {
  private offsets = new Map<string, number>();
  private named: NameMatch[] = [];
  private baseLoad: Promise<{ named: Set<number>; text: number[]; everyTerm: boolean }> | undefined;
  private facetLoad: Promise<FacetSets> | undefined;
  private unfilteredLoad: Promise<number[]> | undefined;
  private namedSet: Promise<{ named: Set<number> }> | undefined;
  private shardLoads = new Map<number, Promise<Proposal>>();
  private checked = new Map<number, boolean>();
  names: NameMatch[] = [];
  nameEntries: NameEntry[] = [];

  private constructor(
    private readonly reader: IndexReader,
    private readonly proposer: Proposer,
    readonly words: readonly string[],
    readonly filters: Filters,
    private readonly manifest: Manifest,
  ) {
    let at = 0;
    for (const shard of manifest.shards) {
      this.offsets.set(shard.id, at);
      at += shard.docs;
    }
  }

  /** Starts a search: reads the manifest and the name index's files for the query's words. */
  static async start(reader: IndexReader, proposer: Proposer, words: readonly string[], filters: Filters = {}): Promise<SearchRun> {
    const run = new SearchRun(reader, proposer, words, filters, await reader.manifest());
    run.nameEntries = await reader.names(queryBuckets(words, run.manifest.names.buckets));
    run.names = matchNames(words, run.nameEntries);
    // A one-word query that is a park's or company's name: its articles come first.
    run.named = words.length === 1 ? run.names.filter((m) => m.whole) : [];
    return run;
  }

  /** Words too short to look up (one character): the index cannot narrow by them. */
  get lookedUp(): string[] {
    return this.words.filter((w) => wordTerms(w) !== undefined);
  }

  get hasFilters(): boolean {
    return FILTER_KEYS.some((k) => (this.filters[k]?.length ?? 0) > 0);
  }

  private global(shard: string, n: number): number {
    return this.offsets.get(shard)! + n;
  }

  private locate(id: number): [string, number] {
    let found: [string, number] = [this.manifest.shards[0]!.id, id];
    for (const shard of this.manifest.shards) {
      const start = this.offsets.get(shard.id)!;
      if (id >= start && id < start + shard.docs) found = [shard.id, id - start];
    }
    return found;
  }

  /**
   * Proposed articles: those Pagefind finds holding every pair of every looked-up word ('all'),
   * or of some word ('any'), with the filters.
   */
  private async candidates(combine: 'all' | 'any', filters: Filters = this.filters): Promise<Proposal> {
    const words = this.lookedUp;
    if (words.length === 0) return { docs: [], everyTerm: true };
    if (combine === 'all') return this.proposer.propose(queryTerms(words), filters);
    const lists = await Promise.all(words.map((w) => this.proposer.propose(queryTerms([w]), filters)));
    return { docs: [...new Set(lists.flatMap((l) => l.docs))].sort((a, b) => a - b), everyTerm: lists.every((l) => l.everyTerm) };
  }

  /**
   * The articles of the named parks or companies (unfiltered), and the proposed full-text hits
   * (filtered by Pagefind).
   */
  private base(): Promise<{ named: Set<number>; text: number[]; everyTerm: boolean }> {
    this.baseLoad ??= (async () => {
      const { named } = await this.namedLoad();
      const parts: Proposal[] = [];
      for (let k = 0; k < this.manifest.shards.length; k++) parts.push(await this.inShard(k));
      return { named, text: parts.flatMap((p) => p.docs), everyTerm: parts.every((p) => p.everyTerm) };
    })();
    return this.baseLoad;
  }

  /** The articles of the named parks or companies (their lists' first pages say which). */
  private namedLoad(): Promise<{ named: Set<number> }> {
    this.namedSet ??= (async () => {
      const named = new Set<number>();
      const firsts = await Promise.all(this.named.map((m) => this.reader.entityList(m.entry, 1)));
      for (const page of firsts) for (const [shard, ns] of Object.entries(page.refs ?? {})) for (const n of ns) named.add(this.global(shard, n));
      return { named };
    })();
    return this.namedSet;
  }

  /** The proposed full-text hits of one shard (filtered by Pagefind), asked once. */
  private inShard(k: number): Promise<Proposal> {
    let load = this.shardLoads.get(k);
    if (!load) {
      const words = this.lookedUp;
      load = words.length === 0 ? Promise.resolve({ docs: [], everyTerm: true }) : this.proposer.proposeInShard(queryTerms(words), this.filters, k);
      this.shardLoads.set(k, load);
    }
    return load;
  }

  /** Every filter value's articles, across shards (fetched only when filters are used). */
  private facets(): Promise<FacetSets> {
    this.facetLoad ??= (async () => {
      const sets = Object.fromEntries(FILTER_KEYS.map((k) => [k, new Map<string, Set<number>>()])) as FacetSets;
      const all = await Promise.all(this.manifest.shards.map((s) => this.reader.facets(s.id)));
      all.forEach((facets, i) => {
        const start = this.offsets.get(this.manifest.shards[i]!.id)!;
        for (const key of FILTER_KEYS) {
          for (const [value, ns] of Object.entries(facets[key] ?? {})) {
            const set = sets[key].get(value) ?? new Set<number>();
            for (const n of ns) set.add(start + n);
            sets[key].set(value, set);
          }
        }
      });
      return sets;
    })();
    return this.facetLoad;
  }

  /** Does an article pass the filters (values of one key: any; keys: all), leaving out `except`? */
  private passes(id: number, sets: FacetSets | undefined, except?: FilterKey): boolean {
    if (!sets) return true;
    return FILTER_KEYS.every((key) => {
      const values = this.filters[key] ?? [];
      return key === except || values.length === 0 || values.some((v) => sets[key].get(v)?.has(id));
    });
  }

  /** Is the article's own text holding every word? (Fetched and remembered.) */
  private async holds(id: number): Promise<{ ok: boolean; hit?: Hit }> {
    const [shard, n] = this.locate(id);
    const doc = await this.reader.doc(shard, n);
    const ok = holdsAll(fold(`${doc.t}\n${doc.x}`), this.words);
    this.checked.set(id, ok);
    const words = [...this.words];
    return ok ? { ok, hit: { path: doc.p, title: highlight(doc.t, words), ...(doc.d ? { date: doc.d } : {}), excerpt: excerpt(doc.x, words) } } : { ok };
  }

  private itemHit(item: EntityItem, match: NameMatch): Hit | undefined {
    // An article whose title and text never write a name of it (tagged by hand) is not a hit.
    if (item.w.length === 0) return undefined;
    const forms = [match.entry.name, ...match.entry.other, ...this.words].map(fold);
    const excerpt: Segment[] = item.m
      ? [
          { text: item.m[0], mark: false },
          { text: item.m[1], mark: true },
          { text: item.m[2], mark: false },
        ].filter((s) => s.text)
      : item.l
        ? [{ text: item.l, mark: false }]
        : [];
    const names = [match.entry.name, ...match.entry.other];
    const written = item.w.map((i) => names[i]!).filter(Boolean);
    const writtenAs = written.some((f) => holdsAll(fold(f), this.words)) ? undefined : written[0];
    return { path: item.p, title: highlight(item.t, forms), ...(item.d ? { date: item.d } : {}), excerpt, ...(writtenAs ? { writtenAs } : {}) };
  }

  /** Results in order, each checked: the named parks' and companies' articles, then full text. */
  async *hits(): AsyncGenerator<Hit> {
    const sets = this.hasFilters ? await this.facets() : undefined;
    const seen = new Set<number>();
    for (const match of this.named) {
      for (let page = 1, pages = 1; page <= pages; page++) {
        const list = await this.reader.entityList(match.entry, page);
        pages = list.pages;
        for (const item of list.items) {
          const id = this.global(item.r[0], item.r[1]);
          if (seen.has(id) || !this.passes(id, sets)) continue;
          const hit = this.itemHit(item, match);
          if (!hit) continue;
          seen.add(id);
          yield hit;
        }
      }
    }
    const { named } = await this.namedLoad();
    // Shard by shard, newest first: the first results need only the newest shard's index.
    for (let k = 0; k < this.manifest.shards.length; k++) {
      const { docs } = await this.inShard(k);
      const todo = docs.filter((id) => !seen.has(id) && !named.has(id) && this.passes(id, sets));
      for (let i = 0; i < todo.length; i += PAGE_SIZE) {
        const checked = await Promise.all(todo.slice(i, i + PAGE_SIZE).map((id) => this.holds(id)));
        for (const c of checked) if (c.hit) yield c.hit;
      }
    }
  }

  /** How many articles the search finds (with the filters). */
  async count(): Promise<Count> {
    const sets = this.hasFilters ? await this.facets() : undefined;
    const { named, text, everyTerm } = await this.base();
    const namedIds = [...named].filter((id) => this.passes(id, sets));
    const textOnly = text.filter((id) => !named.has(id) && this.passes(id, sets));
    const exactly = everyTerm && this.words.every(proposedExactly);
    let unchecked = exactly ? [] : textOnly.filter((id) => !this.checked.has(id));
    if (unchecked.length > 0 && unchecked.length <= VERIFY_FOR_COUNT) {
      await Promise.all(unchecked.map((id) => this.holds(id)));
      unchecked = [];
    }
    const textHits = exactly ? textOnly.length : textOnly.filter((id) => this.checked.get(id) !== false).length;
    return { total: namedIds.length + textHits, exact: unchecked.length === 0 };
  }

  /** For each filter, its values with the number of results each would leave (zero left out). */
  async facetCounts(): Promise<Record<FilterKey, Array<[string, number]>>> {
    const sets = await this.facets();
    const { named } = await this.base();
    // A value of a chosen filter is counted as if its own filter were not chosen: the full-text
    // candidates are asked for without filters here, and each filter is applied but its own.
    this.unfilteredLoad ??= this.hasFilters ? this.candidates('all', {}).then((c) => c.docs) : this.base().then((b) => b.text);
    const text = await this.unfilteredLoad;
    const results = [...new Set([...named, ...text.filter((id) => this.checked.get(id) !== false)])];
    const out = {} as Record<FilterKey, Array<[string, number]>>;
    for (const key of FILTER_KEYS) {
      const within = results.filter((id) => this.passes(id, sets, key));
      out[key] = [...sets[key]]
        .map(([value, ids]): [string, number] => [value, within.filter((id) => ids.has(id)).length])
        .filter(([, n]) => n > 0)
        .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0], 'zh'));
    }
    return out;
  }

  /** For a query of several words that found nothing: articles holding some of them, checked. */
  async *partialHits(): AsyncGenerator<Hit> {
    if (this.lookedUp.length < 2) return;
    const sets = this.hasFilters ? await this.facets() : undefined;
    const todo = (await this.candidates('any')).docs.filter((id) => this.passes(id, sets));
    const words = [...this.words];
    for (let i = 0; i < todo.length; i += PAGE_SIZE) {
      const docs = await Promise.all(todo.slice(i, i + PAGE_SIZE).map((id) => this.reader.doc(...this.locate(id))));
      for (const doc of docs) {
        const folded = fold(`${doc.t}\n${doc.x}`);
        const held = words.filter((w) => folded.includes(w));
        if (held.length === 0) continue;
        yield { path: doc.p, title: highlight(doc.t, held), ...(doc.d ? { date: doc.d } : {}), excerpt: excerpt(doc.x, held), held };
      }
    }
  }

  /** Names near the query, for when nothing is found. */
  suggestions(): NameEntry[] {
    return suggestNames(this.words, this.nameEntries);
  }
}
