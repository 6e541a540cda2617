// Writing articles without ever losing an editor's work. The ingest keeps a manifest of what it
// last wrote (a SHA-256 per file). A file whose text still matches is the ingest's to replace;
// one that differs was edited by hand and is left alone, with the new version written beside it
// as NAME.md.new (which the site does not load). Files are written to a temporary name and
// renamed, so nothing half-written is ever left behind.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

export const MANIFEST_NAME = '.ingest-manifest.json';

export interface ManifestEntry {
  /** Raw file the article was cut from. */
  source: string;
  sha256: string;
}

export type Manifest = Record<string, ManifestEntry>;

export type WriteOutcome = 'created' | 'updated' | 'unchanged' | 'conflict';

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

/** True when the file at `name` was written by the ingest and not changed since. */
export function isUntouched(dir: string, name: string, manifest: Manifest): boolean {
  const entry = manifest[name];
  const path = join(dir, name);
  return entry !== undefined && existsSync(path) && sha256(readFileSync(path, 'utf8')) === entry.sha256;
}

export function writeArticle(dir: string, name: string, text: string, source: string, manifest: Manifest): WriteOutcome {
  mkdirSync(dir, { recursive: true });
  const path = join(dir, name);
  const hash = sha256(text);
  if (!existsSync(path)) {
    writeAtomic(path, text);
    manifest[name] = { source, sha256: hash };
    return 'created';
  }
  const current = readFileSync(path, 'utf8');
  if (current === text) {
    manifest[name] = { source, sha256: hash };
    rmSync(`${path}.new`, { force: true });
    return 'unchanged';
  }
  if (isUntouched(dir, name, manifest)) {
    writeAtomic(path, text);
    manifest[name] = { source, sha256: hash };
    return 'updated';
  }
  // Edited by hand since the ingest wrote it: keep it, put ours beside it.
  writeAtomic(`${path}.new`, text);
  return 'conflict';
}
