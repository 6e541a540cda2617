import { existsSync, linkSync, mkdtempSync, readFileSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { BuildCache, ensureDir, writeFresh } from './build-cache.ts';

it('keeps files and directories by key, and keys change with what they are made from', () => {
  const cache = new BuildCache(mkdtempSync(join(tmpdir(), 'cache-')), process.cwd());
  const key = cache.key('/a/', '<p>一</p>');
  expect(cache.key('/a/', '<p>二</p>')).not.toBe(key);
  const site = mkdtempSync(join(tmpdir(), 'site-'));
  writeFileSync(join(site, 'page.html'), '<p>壹</p>');
  expect(cache.fileFor('pages', key, '.html')).toBeUndefined();
  cache.keepFile('pages', key, '.html', join(site, 'page.html'));
  expect(readFileSync(cache.fileFor('pages', key, '.html')!, 'utf8')).toBe('<p>壹</p>');
  expect(cache.filesFor('shards', key)).toBeUndefined();
  cache.keepFiles('shards', key, [
    ['g/0.bin', new Uint8Array([120])],
    ['meta.json', '{}'],
  ]);
  expect(cache.filesFor('shards', key)!.map(([path, content]) => [path, content.toString('utf8')])).toEqual([
    ['g/0.bin', 'x'],
    ['meta.json', '{}'],
  ]);
});

it('prunes old entries the build did not use, keeps the ones it used', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cache-'));
  const old = new BuildCache(dir, process.cwd());
  const site = mkdtempSync(join(tmpdir(), 'site-'));
  writeFileSync(join(site, 'a.html'), 'x');
  old.keepFile('pages', old.key('old'), '.html', join(site, 'a.html'));
  old.keepFile('pages', old.key('kept'), '.html', join(site, 'a.html'));
  const file = (k: string) => join(dir, 'pages', k.slice(0, 2), `${k}.html`);
  const long = new Date(Date.now() - 30 * 86_400_000);
  for (const k of [old.key('old'), old.key('kept')]) utimesSync(file(k), long, long);
  const next = new BuildCache(dir, process.cwd());
  expect(next.fileFor('pages', next.key('kept'), '.html')).toBeDefined();
  expect(next.prune()).toBe(1);
  expect(existsSync(file(old.key('old')))).toBe(false);
  expect(existsSync(file(old.key('kept')))).toBe(true);
});

it('says whether it made a directory, and writes a file fresh without writing into a file linked to it', () => {
  const root = mkdtempSync(join(tmpdir(), 'fresh-'));
  expect(ensureDir(join(root, 'a'))).toBe(true);
  expect(ensureDir(join(root, 'a'))).toBe(false);
  writeFresh(join(root, 'b', 'page.html'), 'new page');
  expect(readFileSync(join(root, 'b', 'page.html'), 'utf8')).toBe('new page');
  // A page put back from the cache is a hard link to the entry: writing it anew leaves the entry be.
  writeFileSync(join(root, 'entry.html'), 'cached');
  ensureDir(join(root, 'c'));
  linkSync(join(root, 'entry.html'), join(root, 'c', 'page.html'));
  writeFresh(join(root, 'c', 'page.html'), 'changed');
  expect(readFileSync(join(root, 'c', 'page.html'), 'utf8')).toBe('changed');
  expect(readFileSync(join(root, 'entry.html'), 'utf8')).toBe('cached');
});
