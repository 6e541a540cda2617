import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { acceptEdit, readManifest, writeArticle, writeManifest, type Manifest } from './manifest.ts';

describe('writeArticle', () => {
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
  it('reports an unchanged conflict once in short form and does not rewrite it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'write-'));
    const manifest: Manifest = {};
    writeArticle(dir, 'a.md', 'v1\n', 'raw.txt', manifest);
    writeFileSync(join(dir, 'a.md'), 'edited\n');
    expect(writeArticle(dir, 'a.md', 'v2\n', 'raw.txt', manifest)).toBe('conflict');
    expect(writeArticle(dir, 'a.md', 'v2\n', 'raw.txt', manifest)).toBe('conflict-unchanged');
  });
  it('leaves an edit alone while the ingest’s own version stays the same', () => {
    const dir = mkdtempSync(join(tmpdir(), 'write-'));
    const manifest: Manifest = {};
    writeArticle(dir, 'a.md', 'v1\n', 'raw.txt', manifest);
    writeFileSync(join(dir, 'a.md'), 'edited\n');
    expect(writeArticle(dir, 'a.md', 'v1\n', 'raw.txt', manifest)).toBe('unchanged');
    expect(existsSync(join(dir, 'a.md.new'))).toBe(false);
  });
});

describe('acceptEdit', () => {
  it('takes the editor’s version as the base for good', () => {
    const dir = mkdtempSync(join(tmpdir(), 'write-'));
    const manifest: Manifest = {};
    writeArticle(dir, 'a.md', 'v1\n', 'raw.txt', manifest);
    writeFileSync(join(dir, 'a.md'), 'edited\n');
    writeArticle(dir, 'a.md', 'v2\n', 'raw.txt', manifest);
    acceptEdit(dir, 'a.md', manifest);
    expect(existsSync(join(dir, 'a.md.new'))).toBe(false);
    expect(writeArticle(dir, 'a.md', 'v2\n', 'raw.txt', manifest)).toBe('unchanged');
    expect(readFileSync(join(dir, 'a.md'), 'utf8')).toBe('edited\n');
    // A new version from the ingest is offered again, beside the edit.
    expect(writeArticle(dir, 'a.md', 'v3\n', 'raw.txt', manifest)).toBe('conflict');
  });
});

it('keeps its manifest as JSON beside the articles', () => {
  const dir = mkdtempSync(join(tmpdir(), 'write-'));
  writeManifest(dir, { 'b.md': { source: 'r.txt', sha256: 'x' } });
  expect(existsSync(join(dir, '.ingest-manifest.json'))).toBe(true);
  expect(readManifest(dir)).toEqual({ 'b.md': { source: 'r.txt', sha256: 'x' } });
});
