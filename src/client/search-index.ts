// Reads the search index's files (src/lib/search-data.ts) for the search page, each once per page
// view. The fetch is given, so tests can read a built index straight from disk.
import {
  docFile,
  entityListFile,
  facetsFile,
  idBucket,
  idsFile,
  INDEX_FORMAT,
  MANIFEST_FILE,
  nameBucketFile,
  type DocRecord,
  type EntityListPage,
  type Facets,
  type Manifest,
  type NameEntry,
} from '../lib/search-data.ts';

export interface Fetched {
  ok: boolean;
  status: number;
  json(): Promise<unknown>;
}
export type Fetcher = (path: string) => Promise<Fetched>;

export class IndexError extends Error {}

export class IndexReader {
  private readonly files = new Map<string, Promise<unknown>>();
  private manifestLoad: Promise<Manifest> | undefined;

  constructor(private readonly fetcher: Fetcher) {}

  private load<T>(path: string, read: (r: Fetched) => Promise<T>): Promise<T> {
    let file = this.files.get(path) as Promise<T> | undefined;
    if (!file) {
      file = this.fetcher(path).then((r) => {
        if (!r.ok) throw new IndexError(`search index: ${path}: HTTP ${r.status}`);
        return read(r);
      });
      // A failed fetch may be retried by the next search.
      file.catch(() => this.files.delete(path));
      this.files.set(path, file);
    }
    return file;
  }

  private json<T>(path: string): Promise<T> {
    return this.load(path, (r) => r.json() as Promise<T>);
  }

  manifest(): Promise<Manifest> {
    this.manifestLoad ??= this.json<Manifest>(MANIFEST_FILE).then((m) => {
      if (m.format !== INDEX_FORMAT) throw new IndexError(`search index: format ${m.format}, this page reads ${INDEX_FORMAT}`);
      return m;
    });
    return this.manifestLoad;
  }

  /** The document number of a Pagefind page id in a shard (search-pagefind.ts). */
  async pageDoc(shard: string, id: string): Promise<number | undefined> {
    return (await this.json<Record<string, number>>(idsFile(shard, idBucket(id))))[id];
  }

  doc(shard: string, n: number): Promise<DocRecord> {
    return this.json<DocRecord>(docFile(shard, n));
  }

  facets(shard: string): Promise<Facets> {
    return this.json<Facets>(facetsFile(shard));
  }

  /** The parks and companies filed under the given buckets, each once. */
  async names(buckets: readonly number[]): Promise<NameEntry[]> {
    const { names } = await this.manifest();
    const lists = await Promise.all(buckets.map((b) => this.json<NameEntry[]>(nameBucketFile(names.id, b))));
    const byHref = new Map(lists.flat().map((e) => [e.href, e]));
    return [...byHref.values()];
  }

  async entityList(entry: NameEntry, page: number): Promise<EntityListPage> {
    const { names } = await this.manifest();
    return this.json<EntityListPage>(entityListFile(names.id, entry.href, page));
  }
}
