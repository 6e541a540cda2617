import { mkdirSync, mkdtempSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readArticleRecords } from './article-records.ts';
import { BuildCache } from './build-cache.ts';

const articlePage = (title: string) =>
  `<html><body><article data-pagefind-body><div hidden data-pagefind-ignore><span data-pagefind-meta="title">${title}</span></div><p>${title}的正文。</p></article></body></html>`;

it('reads a record from every article page and none from pages with nothing indexed', () => {
  const site = mkdtempSync(join(tmpdir(), 'records-site-'));
  const write = (path: string, html: string) => {
    mkdirSync(join(site, path), { recursive: true });
    writeFileSync(join(site, path, 'index.html'), html);
  };
  write('articles/one', articlePage('钠电项目落户'));
  write('articles/two', articlePage('园区扩容'));
  // A moved article's old address: a redirect page, nothing a search should find.
  write('articles/old-address', '<html><head><meta http-equiv="refresh" content="0;url=/articles/one/"></head><body></body></html>');
  write('parks/xuzhou', articlePage('不是文章页'));
  const records = readArticleRecords(site).sort((a, b) => a.path.localeCompare(b.path));
  expect(records.map((r) => [r.path, r.title, r.text])).toEqual([
    ['/articles/one/', '钠电项目落户', '钠电项目落户的正文。'],
    ['/articles/two/', '园区扩容', '园区扩容的正文。'],
  ]);
});

it('reads only the pages this build has when told which: a removed article’s page, not yet swept, gives none', () => {
  const site = mkdtempSync(join(tmpdir(), 'records-site-'));
  for (const name of ['kept', 'removed']) {
    mkdirSync(join(site, 'articles', name), { recursive: true });
    writeFileSync(join(site, 'articles', name, 'index.html'), articlePage(name === 'kept' ? '留下的文章' : '已删除的文章'));
  }
  const pages = new Set([join(site, 'articles/kept/index.html')]);
  expect(readArticleRecords(site, undefined, pages).map((r) => r.title)).toEqual(['留下的文章']);
  expect(readArticleRecords(site).length).toBe(2);
});

it('gives no records for a site without article pages', () => {
  expect(readArticleRecords(mkdtempSync(join(tmpdir(), 'records-empty-')))).toEqual([]);
});

it('reads a page again only when it was written since the last build (its size or time changed)', () => {
  const site = mkdtempSync(join(tmpdir(), 'records-site-'));
  const cache = new BuildCache(mkdtempSync(join(tmpdir(), 'records-cache-')), process.cwd());
  const write = (name: string, html: string) => {
    mkdirSync(join(site, 'articles', name), { recursive: true });
    writeFileSync(join(site, 'articles', name, 'index.html'), html);
  };
  write('one', articlePage('钠电项目落户'));
  write('two', articlePage('园区扩容甲'));
  // A whole second: times the file system keeps exactly.
  const then = new Date('2026-01-02T03:04:05Z');
  const page = join(site, 'articles/two/index.html');
  utimesSync(page, then, then);
  const titles = () =>
    readArticleRecords(site, cache)
      .map((r) => r.title)
      .sort();
  expect(titles()).toEqual(['园区扩容甲', '钠电项目落户']);
  // Page two rewritten with the same size and given back its old time: not read again, so its
  // kept record stands (which shows the page was not read).
  writeFileSync(page, articlePage('园区扩容乙'));
  utimesSync(page, then, then);
  // Page one written anew (a new time): read again.
  write('one', articlePage('钠电项目投产'));
  expect(titles()).toEqual(['园区扩容甲', '钠电项目投产']);
});
