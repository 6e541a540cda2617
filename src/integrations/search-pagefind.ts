// One shard's Pagefind index, built with Pagefind's Node API from the shard's article records:
// each article a custom record of its character pairs (src/lib/search/bigrams.ts) with its park,
// company, source and year as Pagefind filters. Pagefind runs as a process of its own, closed
// when the shard is written, so the build holds one shard in memory at a time.
//
// Only the files a search reads are kept: Pagefind's script and WebAssembly (it runs on the
// page's thread, so its worker script is left out too), the entry and meta files, the index and
// filter chunks. Its fragments (each page's stored text) are left out: the search never asks
// Pagefind for them; it shows and checks an article from the shard's own d/<n>.json. All it needs
// of them is each page's id, which Pagefind's results give: the shard's ids/ files map them to
// document numbers.
import { gunzipSync } from 'node:zlib';
import * as pagefind from 'pagefind';
import { FILTER_KEYS, PAGEFIND_LANGUAGE } from '../lib/search-data.ts';
import { indexedTerms } from '../lib/search/bigrams.ts';
import { fold } from '../lib/search/fold.ts';
import type { SearchRecord } from './search-record.ts';

export interface PagefindShard {
  /** Files under the shard's pf/ directory, by path within it. */
  files: Array<[path: string, content: Uint8Array]>;
  /** Pagefind's id of each document of the shard, in document order. */
  ids: string[];
}

/** The files a search in the browser reads (pagefind-ui and the like are for Pagefind's own UI). */
const KEPT = /^(pagefind\.js|pagefind-entry\.json|pagefind\.[^/]+\.pf_meta|wasm\.[^/]+\.pagefind|index\/[^/]+|filter\/[^/]+)$/u;
const FRAGMENT = /^fragment\/(.+)\.pf_fragment$/u;
/** Pagefind's files start, once unzipped, with this signature. */
const SIGNATURE = 'pagefind_dcd';

/** The address a fragment file names (its page). */
function fragmentUrl(content: Uint8Array): string {
  const text = gunzipSync(content).toString('utf8');
  if (!text.startsWith(SIGNATURE)) throw new Error('Pagefind: a fragment without its signature (a Pagefind version this build does not know?)');
  return (JSON.parse(text.slice(SIGNATURE.length)) as { url: string }).url;
}

const failIf = (errors: readonly string[], what: string) => {
  if (errors.length > 0) throw new Error(`Pagefind: ${what}: ${errors.join('; ')}`);
};

/** Indexes the shard's records (document n is records[n]) and returns the files to write. */
export async function pagefindShard(records: readonly SearchRecord[]): Promise<PagefindShard> {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`Pagefind could not start: ${errors.join('; ')}`);
  try {
    // Every record is sent before the first answer is awaited: Pagefind reads them one after
    // another while this thread goes on with other work (the twin, after-build.ts).
    const adds = records.map((r) => {
      const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, r.filters[k]]).filter(([, v]) => v!.length > 0));
      return index.addCustomRecord({ url: r.path, content: indexedTerms(fold(`${r.title}\n${r.text}`)), language: PAGEFIND_LANGUAGE, filters });
    });
    (await Promise.all(adds)).forEach((added, n) => failIf(added.errors, records[n]!.path));
    const got = await index.getFiles();
    failIf(got.errors, 'writing the index');
    const byUrl = new Map(records.map((r, n) => [r.path, n]));
    const ids: string[] = new Array<string>(records.length);
    const files: PagefindShard['files'] = [];
    for (const file of got.files) {
      const fragment = FRAGMENT.exec(file.path);
      if (fragment) {
        const n = byUrl.get(fragmentUrl(file.content));
        if (n !== undefined) ids[n] = fragment[1]!;
      } else if (KEPT.test(file.path)) files.push([file.path, file.content]);
    }
    const missing = records.findIndex((_, n) => ids[n] === undefined);
    if (missing >= 0) throw new Error(`Pagefind: no page for ${records[missing]!.path}`);
    return { files, ids };
  } finally {
    // Ends Pagefind's process, and with it the memory the shard held.
    await pagefind.close();
  }
}
