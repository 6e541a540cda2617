import { expect, it } from 'vitest';
import { withTwins } from './sitemap.ts';

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
