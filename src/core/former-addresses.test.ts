import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formerAddresses, manifestNamesWithoutFile, readManifestFormerNames } from './former-addresses.ts';

const article = (id: string, fields: { formerSlugs?: string[]; draft?: boolean } = {}) => ({ id, fileName: `${id}.md`, draft: false, ...fields });

describe('formerAddresses', () => {
  it('leads every former address, from the manifest and from formerSlugs, to the article', () => {
    const { redirects, problems } = formerAddresses([article('c', { formerSlugs: ['hand-old'] })], new Map([['c.md', ['a.md', 'b.md']]]));
    expect(redirects).toEqual([
      { from: 'hand-old', to: 'c' },
      { from: 'a', to: 'c' },
      { from: 'b', to: 'c' },
    ]);
    expect(problems).toEqual([]);
  });
  it('never takes over an address an article has now, nor gives one address to two articles', () => {
    const { redirects, problems } = formerAddresses([article('a', { formerSlugs: ['b', 'old'] }), article('b'), article('c', { formerSlugs: ['old'] })], new Map());
    expect(redirects).toEqual([{ from: 'old', to: 'a' }]);
    expect(problems.map((p) => `${p.fileName}: ${p.message}`)).toEqual([
      'a.md: former address b is the address of b.md — remove it from formerSlugs, or rename one of the two',
      'c.md: former address old is claimed by a.md too — it can lead to one article only: remove it from one of them',
    ]);
  });
  it('makes no redirect to a draft', () => {
    expect(formerAddresses([article('a', { formerSlugs: ['old'], draft: true })], new Map()).redirects).toEqual([]);
  });
});

describe('the manifest', () => {
  it('gives each file its former names, and the names whose file is gone', () => {
    const dir = mkdtempSync(join(tmpdir(), 'former-'));
    writeFileSync(join(dir, '.ingest-manifest.json'), JSON.stringify({ 'new.md': { source: 'r.txt', sha256: 'x', formerNames: ['old.md'] }, 'gone.md': { source: 'r.txt', sha256: 'y' } }));
    writeFileSync(join(dir, 'new.md'), '');
    expect(readManifestFormerNames(dir)).toEqual(new Map([['new.md', ['old.md']]]));
    expect(manifestNamesWithoutFile(dir)).toEqual(['gone.md']);
  });
  it('reads a missing or broken manifest as empty', () => {
    const dir = mkdtempSync(join(tmpdir(), 'former-'));
    expect(readManifestFormerNames(dir).size).toBe(0);
    writeFileSync(join(dir, '.ingest-manifest.json'), '{');
    expect(readManifestFormerNames(dir).size).toBe(0);
  });
});
