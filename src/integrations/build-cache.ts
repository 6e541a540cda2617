// A cache of the after-build's work, by content hash, in a directory outside git (.cache/ at the
// project root, or ARCHIVE_CACHE_DIR): a page's twin and search record by the hash of its HTML, a
// search shard's files by the hash of its articles. A build that changes one article converts
// only the pages that changed and re-indexes only the shard it falls in.
//
// Keys include a fingerprint of the code that makes the cached things (the files listed below and
// the versions of the packages they use), so changing that code empties the cache by itself.
// After each build, entries this build did not use and older than PRUNE_DAYS are deleted.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';

export const CACHE_DIR_VARIABLE = 'ARCHIVE_CACHE_DIR';
const PRUNE_DAYS = 14;

/** What the cached outputs are made by: a change to any of these files empties the cache. */
const MAKERS = [
  'src/lib/twin-html.ts',
  'src/lib/to-traditional.ts',
  'src/core/convert-script.ts',
  'src/core/script.ts',
  'src/core/segment-words.ts',
  'src/core/urls.ts',
  'src/integrations/search-record.ts',
  'src/integrations/search-index.ts',
  'src/lib/search-data.ts',
  'src/lib/search/fold.ts',
  'src/lib/search/grams.ts',
  'src/lib/search/knobs.ts',
  'src/lib/search/postings.ts',
];
const PACKAGES = ['opencc-js', '@node-rs/jieba', 'rehype-parse', 'rehype-stringify'];

export const hashOf = (...parts: Array<string | Uint8Array>): string => {
  const h = createHash('sha1');
  for (const p of parts) h.update(p).update('\0');
  return h.digest('hex');
};

function fingerprint(root: string): string {
  const parts: string[] = [];
  for (const file of MAKERS) parts.push(file, existsSync(join(root, file)) ? readFileSync(join(root, file), 'utf8') : '');
  for (const name of PACKAGES) {
    const manifest = join(root, 'node_modules', name, 'package.json');
    parts.push(name, existsSync(manifest) ? String((JSON.parse(readFileSync(manifest, 'utf8')) as { version?: string }).version) : '');
  }
  return hashOf(...parts).slice(0, 16);
}

/** Directories already made in this process: mkdir is a system call worth saving per file. */
const made = new Set<string>();

export function ensureDir(dir: string): void {
  if (made.has(dir)) return;
  mkdirSync(dir, { recursive: true });
  made.add(dir);
}

export class BuildCache {
  readonly dir: string;
  readonly version: string;
  private readonly used = new Set<string>();

  constructor(dir: string, root: string) {
    this.dir = dir;
    this.version = fingerprint(root);
  }

  /** The project's cache: ARCHIVE_CACHE_DIR, or .cache/archive-build/ under the project root. */
  static open(root = process.cwd()): BuildCache {
    return new BuildCache(process.env[CACHE_DIR_VARIABLE] || join(root, '.cache', 'archive-build'), root);
  }

  key(...parts: string[]): string {
    return hashOf(this.version, ...parts);
  }

  private file(kind: string, key: string, ext: string): string {
    return join(this.dir, kind, key.slice(0, 2), `${key}${ext}`);
  }

  /** A value kept as gzipped JSON. */
  get<T>(kind: string, key: string): T | undefined {
    const file = this.file(kind, key, '.json.gz');
    try {
      const value = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as T;
      this.used.add(file);
      return value;
    } catch {
      return undefined;
    }
  }

  set(kind: string, key: string, value: unknown): void {
    this.put(this.file(kind, key, '.json.gz'), gzipSync(JSON.stringify(value), { level: 1 }));
  }

  /** A file kept as it is (a twin page), to be copied where it is needed: its path, if cached. */
  fileFor(kind: string, key: string, ext: string): string | undefined {
    const file = this.file(kind, key, ext);
    if (!existsSync(file)) return undefined;
    this.used.add(file);
    return file;
  }

  setFile(kind: string, key: string, ext: string, content: string | Uint8Array): void {
    this.put(this.file(kind, key, ext), content);
  }

  private put(file: string, content: string | Uint8Array): void {
    ensureDir(dirname(file));
    const temporary = `${file}.${process.pid}.tmp`;
    writeFileSync(temporary, content);
    renameSync(temporary, file);
    this.used.add(file);
  }

  /** Deletes entries this build did not use that are older than PRUNE_DAYS. */
  prune(now = Date.now()): number {
    const root = this.dir;
    if (!existsSync(root)) return 0;
    const limit = now - PRUNE_DAYS * 86_400_000;
    let removed = 0;
    for (const kind of readdirSync(root)) {
      for (const bucket of readdirSync(join(root, kind))) {
        for (const name of readdirSync(join(root, kind, bucket))) {
          const file = join(root, kind, bucket, name);
          if (this.used.has(file) || statSync(file).mtimeMs >= limit) continue;
          rmSync(file, { force: true });
          removed++;
        }
      }
    }
    return removed;
  }
}
