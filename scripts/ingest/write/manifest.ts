// Writing articles without ever losing an editor's work. The ingest keeps a manifest of what it
// wrote: per article its raw file, the lines it came from, a SHA-256 of the file as the ingest
// left it (or as an editor accepted it) and a SHA-256 of what the ingest generated. A file whose
// text still matches is the ingest's to replace; one that differs was edited by hand and is left
// alone, with the new version written beside it as NAME.md.new (which the site does not load),
// once: the same version is not written again. Files are written to a temporary name and
// renamed, so nothing half-written is ever left behind.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export { MANIFEST_NAME } from '../../../src/core/former-addresses.ts';
import { MANIFEST_NAME } from '../../../src/core/former-addresses.ts';

export interface ManifestEntry {
  /** Raw file the article was cut from. */
  source: string;
  /** SHA-256 of the file as the ingest wrote it, or as an editor accepted it (--accept). */
  sha256: string;
  /** SHA-256 of the ingest's own version, when it differs from the file's (an accepted edit). */
  generated?: string;
  /** Raw lines the article came from ("5-11, 13"): who the article is when its name must stay. */
  lines?: string;
  /** Earlier names of this article: addresses that keep working (redirects). */
  formerNames?: string[];
}

export type Manifest = Record<string, ManifestEntry>;

export type WriteOutcome = 'created' | 'updated' | 'unchanged' | 'conflict' | 'conflict-unchanged';

export function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

export function writeAtomic(path: string, text: string): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  writeFileSync(tmp, text, 'utf8');
  renameSync(tmp, path);
}

export function readManifest(dir: string): Manifest {
  const path = join(dir, MANIFEST_NAME);
  if (!existsSync(path)) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
  } catch {
    return {};
  }
}

export function writeManifest(dir: string, manifest: Manifest): void {
  const sorted = Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
  writeAtomic(join(dir, MANIFEST_NAME), `${JSON.stringify(sorted, null, 2)}\n`);
}

/** True when the file at `name` is as the ingest wrote it (an accepted edit is the editor's). */
export function isUntouched(dir: string, name: string, manifest: Manifest): boolean {
  const entry = manifest[name];
  const path = join(dir, name);
  return entry !== undefined && entry.generated === undefined && existsSync(path) && sha256(readFileSync(path, 'utf8')) === entry.sha256;
}

/** What the ingest generated last time for this file. */
const generatedHash = (entry: ManifestEntry) => entry.generated ?? entry.sha256;

export function writeArticle(dir: string, name: string, text: string, source: string, manifest: Manifest, lines?: string): WriteOutcome {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  const hash = sha256(text);
  const entry = manifest[name];
  const record = (fields: Partial<ManifestEntry>) => {
    const { generated: _g, ...kept } = entry ?? { source, sha256: hash };
    manifest[name] = { ...kept, source, sha256: hash, ...(lines ? { lines } : {}), ...fields };
  };
  if (!existsSync(path)) {
    writeAtomic(path, text);
    record({});
    return 'created';
  }
  const current = readFileSync(path, 'utf8');
  if (current === text) {
    record({});
    rmSync(`${path}.new`, { force: true });
    return 'unchanged';
  }
  // The ingest's version has not changed since the file was written or accepted: an editor's
  // change to it stands, and there is nothing new to offer.
  if (entry && generatedHash(entry) === hash) return 'unchanged';
  if (isUntouched(dir, name, manifest)) {
    writeAtomic(path, text);
    record({});
    return 'updated';
  }
  // Edited by hand since the ingest wrote it: keep it, put ours beside it (once).
  if (existsSync(`${path}.new`) && readFileSync(`${path}.new`, 'utf8') === text) return 'conflict-unchanged';
  writeAtomic(`${path}.new`, text);
  return 'conflict';
}

/**
 * `npm run ingest -- --accept FILE`: the editor's version of an article becomes the new base.
 * The fingerprint moves to it, the ingest's version beside it (NAME.md.new) goes, and the ingest
 * leaves the file alone until its own version changes again. Returns what it did, for the report.
 */
export function acceptEdit(dir: string, name: string, manifest: Manifest): string {
  const path = join(dir, name);
  if (!existsSync(path)) return `${name}: no such article in ${dir}`;
  const entry = manifest[name];
  if (!entry) return `${name} was not written by the ingest: it is the editor's already`;
  const pending = existsSync(`${path}.new`) ? readFileSync(`${path}.new`, 'utf8') : undefined;
  manifest[name] = { ...entry, sha256: sha256(readFileSync(path, 'utf8')), generated: pending !== undefined ? sha256(pending) : generatedHash(entry) };
  rmSync(`${path}.new`, { force: true });
  return `${name}: the edited version is now the base; the ingest leaves it alone until its own version changes`;
}
