import { expect, it } from 'vitest';
import { inSitemapOrder, withAlternates, withoutRoutes, withTwins } from './sitemap.ts';

it('adds the Traditional twin of every page the sitemap is given', () => {
  expect(withTwins([{ pathname: '' }, { pathname: 'articles/a/' }, { pathname: '/parks/' }]).map((p) => p.pathname)).toEqual([
    '',
    'articles/a/',
    '/parks/',
    'zh-hant/',
    'zh-hant/articles/a/',
    'zh-hant/parks/',
  ]);
});

it("names each entry's Simplified and Traditional addresses as alternates", () => {
  const expected = [
    { url: 'https://a.example/parks/x/', lang: 'zh-Hans' },
    { url: 'https://a.example/zh-hant/parks/x/', lang: 'zh-Hant' },
  ];
  expect(withAlternates({ url: 'https://a.example/parks/x/' }).links).toEqual(expected);
  expect(withAlternates({ url: 'https://a.example/zh-hant/parks/x/' }).links).toEqual(expected);
});

it('leaves out the pages of the routes it is told, by the files they wrote', () => {
  const dir = new URL('file:///tmp/dist/');
  const assets = new Map([
    ['/articles/[...former]', [new URL('file:///tmp/dist/articles/old/index.html')]],
    ['/articles/[slug]', [new URL('file:///tmp/dist/articles/new/index.html')]],
  ]);
  const pages = [{ pathname: 'articles/old/' }, { pathname: 'articles/new/' }, { pathname: '' }];
  expect(withoutRoutes(pages, assets, dir, ['/articles/[...former]']).map((p) => p.pathname)).toEqual(['articles/new/', '']);
});

it("hands the sitemap its pages already in the sitemap's own order (numbers by value)", () => {
  const pages = ['zh-hant/archive/2021/', 'articles/b-10/', 'articles/b-9/', '', 'archive/2021/', 'articles/B-2/', 'parks/'].map((pathname) => ({ pathname }));
  const sitemapOrder = pages.map((p) => p.pathname).sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
  expect(inSitemapOrder(pages).map((p) => p.pathname)).toEqual(sitemapOrder);
  expect(sitemapOrder.indexOf('articles/b-9/')).toBeLessThan(sitemapOrder.indexOf('articles/b-10/'));
});
