import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readManifest, writeArticle, writeManifest, type Manifest } from './write.ts';

it('creates, leaves alone, updates, and never overwrites a hand edit', () => {
  const dir = mkdtempSync(join(tmpdir(), 'write-'));
  const manifest: Manifest = {};
  expect(writeArticle(dir, 'a.md', 'v1\n', 'raw.txt', manifest)).toBe('created');
  expect(writeArticle(dir, 'a.md', 'v1\n', 'raw.txt', manifest)).toBe('unchanged');
  expect(writeArticle(dir, 'a.md', 'v2\n', 'raw.txt', manifest)).toBe('updated');
  writeFileSync(join(dir, 'a.md'), 'edited by an editor\n');
  expect(writeArticle(dir, 'a.md', 'v3\n', 'raw.txt', manifest)).toBe('conflict');
  expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('edited by an editor\n');
  expect(readFileSync(join(dir, 'a.md.new'), 'utf8')).toBe('v3\n');
  // No temporary files are left behind.
  expect(readdirSync(dir).filter((f) => f.includes('.tmp'))).toEqual([]);
});
it('keeps its manifest as JSON beside the articles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'write-'));
  writeManifest(dir, { 'b.md': { source: 'r.txt', sha256: 'x' } });
  expect(existsSync(join(dir, '.ingest-manifest.json'))).toBe(true);
  expect(readManifest(dir)).toEqual({ 'b.md': { source: 'r.txt', sha256: 'x' } });
});
