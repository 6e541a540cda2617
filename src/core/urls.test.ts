import { describe, expect, it } from 'vitest';
import { absoluteUrl, articleFileHref, articleHref, entityHref, rawFileHref, simplifiedHref, twinHref, twinUrl } from './urls.ts';

describe('site addresses', () => {
  it('builds page paths with a trailing slash', () => {
    expect(articleHref('2023-xuzhou')).toBe('/articles/2023-xuzhou/');
    expect(entityHref('parks', 'xuzhou-gaoxinqu')).toBe('/parks/xuzhou-gaoxinqu/');
    expect(rawFileHref('001_abc')).toBe('/sources/raw/001_abc/');
    expect(articleFileHref('2023-xuzhou', 'ris')).toBe('/articles/2023-xuzhou.ris');
  });
  it('makes absolute addresses on the published host', () => {
    expect(absoluteUrl('/articles/a/', 'https://archive.example.net')).toBe('https://archive.example.net/articles/a/');
  });
});

describe('the Traditional twin', () => {
  it('moves pages and the feed under /zh-hant, leaves files and other hosts alone', () => {
    expect(twinHref('/')).toBe('/zh-hant/');
    expect(twinHref('/search/?q=园区')).toBe('/zh-hant/search/?q=园区');
    expect(twinHref('/rss.xml')).toBe('/zh-hant/rss.xml');
    expect(twinHref('/sitemap-index.xml')).toBe('/sitemap-index.xml');
    expect(twinHref('/_astro/site.css')).toBe('/_astro/site.css');
    expect(twinHref('/search/names.json')).toBe('/search/names.json');
    // An article's data and citations are one file for both scripts.
    expect(twinHref('/articles/a.ris')).toBe('/articles/a.ris');
    expect(twinHref('/articles/a.bib')).toBe('/articles/a.bib');
    expect(twinHref('/data/articles.json')).toBe('/data/articles.json');
    expect(twinHref('/data/')).toBe('/zh-hant/data/');
    expect(twinHref('https://example.org/')).toBe('https://example.org/');
    expect(twinHref('//example.org/')).toBe('//example.org/');
    expect(twinHref('/zh-hant/parks/')).toBe('/zh-hant/parks/');
  });
  it('maps a twin address back to its Simplified page', () => {
    expect(simplifiedHref('/zh-hant/parks/')).toBe('/parks/');
    expect(simplifiedHref('/zh-hant')).toBe('/');
    expect(simplifiedHref('/parks/')).toBe('/parks/');
  });
  it('moves an absolute address under /zh-hant on the same host', () => {
    expect(twinUrl('https://archive.example.net/articles/a/')).toBe('https://archive.example.net/zh-hant/articles/a/');
  });
});
