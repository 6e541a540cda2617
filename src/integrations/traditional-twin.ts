// Every built page gets a Traditional-Chinese twin under /zh-hant/ (see twin-html.ts), and every
// article page gives the search its record (search-record.ts): both from one parse of the page,
// and both cached by the hash of the page's HTML (build-cache.ts), so a build converts only the
// pages that changed since the last one.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import { TWIN_PREFIX } from '../core/urls.ts';
import { parseHtml, stringifyHtml, twinTree } from '../lib/twin-html.ts';
import type { BuildCache } from './build-cache.ts';
import { searchRecord, type SearchRecord } from './search-record.ts';

const ARTICLE_PAGE = /^\/articles\/[^/]+\/$/;
const CACHE_KIND = 'pages';

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => {
      const path = join(dir, e.name);
      if (e.isDirectory()) return e.name === TWIN_PREFIX.slice(1) ? [] : htmlFiles(path);
      return e.name.endsWith('.html') ? [path] : [];
    }),
  );
  return nested.flat();
}

/** /articles/x/index.html → /articles/x/; /404.html → /404.html */
function pagePath(file: string, root: string): string {
  const rel = `/${relative(root, file).split(sep).join('/')}`;
  return rel.endsWith('/index.html') ? rel.slice(0, -'index.html'.length) : rel;
}

interface PageOutput {
  twin: string;
  record?: SearchRecord;
}

/** One page's twin and record, from one parse. */
export function convertPage(html: string, path: string): PageOutput {
  const tree = parseHtml(html);
  // The record is read first: the twin changes the tree in place.
  const record = ARTICLE_PAGE.test(path) ? searchRecord(tree, path) : undefined;
  twinTree(tree, path);
  return { twin: stringifyHtml(tree), ...(record ? { record } : {}) };
}

export interface TwinResult {
  pages: number;
  converted: number;
  records: SearchRecord[];
}

/** Writes the twin of every page under `site` and returns the article pages' search records. */
export async function writeTraditionalTwin(site: string, cache: BuildCache): Promise<TwinResult> {
  const files = await htmlFiles(site);
  const records: SearchRecord[] = [];
  let converted = 0;
  for (const file of files) {
    const path = pagePath(file, site);
    const html = await readFile(file, 'utf8');
    const key = cache.key(path, html);
    let out = cache.get<PageOutput>(CACHE_KIND, key);
    if (!out) {
      out = convertPage(html, path);
      cache.set(CACHE_KIND, key, out);
      converted++;
    }
    if (out.record) records.push(out.record);
    const target = join(site, TWIN_PREFIX.slice(1), relative(site, file));
    await mkdir(dirname(target), { recursive: true });
    await writeFile(target, out.twin, 'utf8');
  }
  return { pages: files.length, converted, records };
}
