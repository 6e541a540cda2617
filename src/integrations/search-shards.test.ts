import { expect, it } from 'vitest';
import { planShards } from './search-shards.ts';

it('cuts by year, newest first and undated last', () => {
  const shards = planShards(['a', 'b', 'c', 'd'], ['2019', '2023', undefined, '2019'], 2);
  expect(shards).toEqual([
    { name: '2023', pages: ['b'] },
    { name: '2019', pages: ['a', 'd'] },
    { name: 'undated', pages: ['c'] },
  ]);
});

it('packs neighbouring years into one shard while they fit', () => {
  const years = ['2023', '2022', '2021', '2020', '2020', '2019'];
  const shards = planShards(['a', 'b', 'c', 'd', 'e', 'f'], years, 3);
  expect(shards.map((s) => [s.name, s.pages])).toEqual([
    ['2023-2021', ['a', 'b', 'c']],
    ['2020-2019', ['d', 'e', 'f']],
  ]);
});

it('splits a year too large for one shard into parts of even size', () => {
  const pages = Array.from({ length: 7 }, (_, i) => `p${i}`);
  const shards = planShards(pages, pages.map(() => '2020'), 3);
  expect(shards.map((s) => [s.name, s.pages.length])).toEqual([
    ['2020-1', 3],
    ['2020-2', 3],
    ['2020-3', 1],
  ]);
});
