// A cache of the after-build's work, by content hash, in a directory outside git (.cache/ at the
// project root, or ARCHIVE_CACHE_DIR): a page's twin and search record by the hash of its HTML, a
// search shard's files by the hash of its articles. A build that changes one article converts
// only the pages that changed and re-indexes only the shard it falls in.
//
// Keys include a fingerprint of the code that makes the cached things (the files listed below and
// the versions of the packages they use), so changing that code empties the cache by itself.
// Entries not used for PRUNE_DAYS are deleted after each build.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
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

export class BuildCache {
  readonly dir: string;
  readonly version: string;

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

  private file(kind: string, key: string): string {
    return join(this.dir, kind, key.slice(0, 2), `${key}.json.gz`);
  }

  get<T>(kind: string, key: string): T | undefined {
    const file = this.file(kind, key);
    try {
      const value = JSON.parse(gunzipSync(readFileSync(file)).toString('utf8')) as T;
      touch(file);
      return value;
    } catch {
      return undefined;
    }
  }

  set(kind: string, key: string, value: unknown): void {
    writeAtomically(this.file(kind, key), gzipSync(JSON.stringify(value), { level: 1 }));
  }

  /** A cached directory of files (a search shard), copied to `target`; false if not cached. */
  copyDir(kind: string, key: string, target: string): boolean {
    const dir = join(this.dir, kind, key);
    if (!existsSync(join(dir, '.complete'))) return false;
    touch(dir);
    cpSync(dir, target, { recursive: true, filter: (src) => !src.endsWith('.complete') });
    return true;
  }

  /** Keeps a copy of a directory just written (a search shard) under its key. */
  storeDir(kind: string, key: string, source: string): void {
    const dir = join(this.dir, kind, key);
    const temporary = `${dir}.${process.pid}.tmp`;
    rmSync(temporary, { recursive: true, force: true });
    cpSync(source, temporary, { recursive: true });
    writeFileSync(join(temporary, '.complete'), '');
    rmSync(dir, { recursive: true, force: true });
    renameSync(temporary, dir);
  }

  /** Deletes entries unused for PRUNE_DAYS. */
  prune(now = Date.now()): number {
    if (!existsSync(this.dir)) return 0;
    const limit = now - PRUNE_DAYS * 86_400_000;
    let removed = 0;
    const walk = (dir: string, depth: number) => {
      for (const entry of readdirSync(dir, { withFileTypes: true })) {
        const path = join(dir, entry.name);
        // kind/xx/key.json.gz for entries, kind/key/ for directories
        const isEntry = entry.isFile() || (entry.isDirectory() && depth === 1 && entry.name.length > 2);
        if (isEntry) {
          if (statSync(path).mtimeMs < limit) {
            rmSync(path, { recursive: true, force: true });
            removed++;
          }
        } else if (entry.isDirectory()) walk(path, depth + 1);
      }
    };
    walk(this.dir, 0);
    return removed;
  }
}

function touch(path: string): void {
  const now = new Date();
  try {
    utimesSync(path, now, now);
  } catch {
    // another build removed it meanwhile: nothing to keep fresh
  }
}

function writeAtomically(file: string, data: Uint8Array): void {
  mkdirSync(dirname(file), { recursive: true });
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, data);
  renameSync(temporary, file);
}
