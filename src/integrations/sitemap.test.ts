import { expect, it } from 'vitest';
import { withAlternates, withoutRoutes, withTwins } from './sitemap.ts';

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
