// A cache of the after-build's work, by content hash, in a directory outside git (.cache/ at the
// project root, or ARCHIVE_CACHE_DIR): a page's twin by the hash of its HTML, a search shard's
// files by the hash of its articles. Files are kept and put back as hard links (linkOrCopy). A build that changes one article converts
// only the pages that changed and re-indexes only the shard it falls in.
//
// Keys include a fingerprint of the code that makes the cached things (the files listed below and
// the versions of the packages they use), so changing that code empties the cache by itself.
// After each build, entries this build did not use and older than PRUNE_DAYS are deleted.
import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type PackedFile, packFiles, unpackFiles } from './file-pack.ts';

export const CACHE_DIR_VARIABLE = 'ARCHIVE_CACHE_DIR';
/** A cache entry of several files (file-pack.ts). */
const PACK = '.pack';
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
  'src/integrations/article-records.ts',
  'src/integrations/search-index.ts',
  'src/integrations/search-pagefind.ts',
  'src/lib/search-data.ts',
  'src/lib/search/fold.ts',
  'src/lib/search/bigrams.ts',
  'src/lib/search/hash.ts',
  'src/lib/search/knobs.ts',
];
const PACKAGES = ['opencc-js', '@node-rs/jieba', 'rehype-parse', 'rehype-stringify', 'pagefind'];

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

/** Makes the directory if it is not there; true if this call made it (so it is empty). */
export function ensureDir(dir: string): boolean {
  if (made.has(dir)) return false;
  // One plain mkdir where the parent is there (nearly always: a page's directory in its section's):
  // Node's recursive mkdir makes several system calls for it, and a build makes thousands.
  let fresh = true;
  try {
    mkdirSync(dir);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') mkdirSync(dir, { recursive: true });
    else if (code === 'EEXIST') fresh = false;
    else throw error;
  }
  made.add(dir);
  return fresh;
}

/**
 * Puts a file at `to` with the content of `from`: a hard link where both are on one file system (no
 * data is copied: a site's worth of files costs a second, not a minute), a copy elsewhere.
 * Files so linked are never written into (writeFresh replaces them), so the two names never part.
 */
export function linkOrCopy(from: string, to: string): void {
  ensureDir(dirname(to));
  const there = statSync(to, { throwIfNoEntry: false });
  if (there) {
    const source = statSync(from);
    if (there.ino === source.ino && there.dev === source.dev) return;
    unlinkSync(to);
  }
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}

/**
 * Writes a file as a new file: one already there may be a link to a cache entry (linkOrCopy),
 * and writing into it would change the entry too.
 */
export function writeFresh(file: string, content: string | Uint8Array): void {
  // In a directory just made there is nothing to replace: a cold build's twin skips a stat a page.
  if (!ensureDir(dirname(file)) && existsSync(file)) unlinkSync(file);
  writeFileSync(file, content);
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

  /** A file kept as it is (a twin page), to be linked where it is needed: its path, if cached. */
  fileFor(kind: string, key: string, ext: string): string | undefined {
    const file = this.file(kind, key, ext);
    if (!existsSync(file)) return undefined;
    this.used.add(file);
    return file;
  }

  /** Where an entry written by its user (the search records' store) lives; marked as used. */
  entryPath(kind: string, key: string, ext: string): string {
    const file = this.file(kind, key, ext);
    this.used.add(file);
    return file;
  }

  /** Keeps a file just written (a twin page in the site) under its key, as a link where it can. */
  keepFile(kind: string, key: string, ext: string, written: string): void {
    const file = this.file(kind, key, ext);
    linkOrCopy(written, file);
    this.used.add(file);
  }

  /** Files kept together under their key (a search shard's): the files, if cached whole. */
  filesFor(kind: string, key: string): Array<[path: string, content: Buffer]> | undefined {
    const file = this.file(kind, key, PACK);
    if (!existsSync(file)) return undefined;
    const files = unpackFiles(readFileSync(file));
    if (files) this.used.add(file);
    return files;
  }

  /** Keeps files under one key as one file (file-pack.ts): one write, not a link per file. */
  keepFiles(kind: string, key: string, files: readonly PackedFile[]): void {
    const file = this.file(kind, key, PACK);
    ensureDir(dirname(file));
    writeFileSync(file, packFiles(files));
    this.used.add(file);
  }

  /** Deletes entries (files, or directories of files) this build did not use, older than PRUNE_DAYS. */
  prune(now = Date.now()): number {
    const root = this.dir;
    if (!existsSync(root)) return 0;
    const limit = now - PRUNE_DAYS * 86_400_000;
    let removed = 0;
    for (const kind of readdirSync(root)) {
      for (const bucket of readdirSync(join(root, kind))) {
        for (const name of readdirSync(join(root, kind, bucket))) {
          const entry = join(root, kind, bucket, name);
          if (this.used.has(entry) || statSync(entry).mtimeMs >= limit) continue;
          rmSync(entry, { recursive: true, force: true });
          removed++;
        }
      }
    }
    return removed;
  }
}
