import { existsSync, mkdtempSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { BuildCache } from './build-cache.ts';

it('keeps values and files by key, and keys change with what they are made from', () => {
  const cache = new BuildCache(mkdtempSync(join(tmpdir(), 'cache-')), process.cwd());
  const key = cache.key('/a/', '<p>一</p>');
  expect(cache.key('/a/', '<p>二</p>')).not.toBe(key);
  expect(cache.get('pages', key)).toBeUndefined();
  cache.set('pages', key, { record: { n: 1 } });
  expect(cache.get('pages', key)).toEqual({ record: { n: 1 } });
  expect(cache.fileFor('pages', key, '.html')).toBeUndefined();
  cache.setFile('pages', key, '.html', '<p>壹</p>');
  expect(cache.fileFor('pages', key, '.html')).toMatch(/\.html$/);
});

it('prunes old entries the build did not use, keeps the ones it used', () => {
  const dir = mkdtempSync(join(tmpdir(), 'cache-'));
  const old = new BuildCache(dir, process.cwd());
  old.setFile('pages', old.key('old'), '.html', 'x');
  old.setFile('pages', old.key('kept'), '.html', 'y');
  const file = (k: string) => join(dir, 'pages', k.slice(0, 2), `${k}.html`);
  const long = new Date(Date.now() - 30 * 86_400_000);
  for (const k of [old.key('old'), old.key('kept')]) utimesSync(file(k), long, long);
  const next = new BuildCache(dir, process.cwd());
  expect(next.fileFor('pages', next.key('kept'), '.html')).toBeDefined();
  expect(next.prune()).toBe(1);
  expect(existsSync(file(old.key('old')))).toBe(false);
  expect(existsSync(file(old.key('kept')))).toBe(true);
});
