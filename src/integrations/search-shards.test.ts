import { expect, it } from 'vitest';
import { planShards } from './search-shards.ts';

it('puts each year in a shard of its own, newest first and undated last', () => {
  const shards = planShards(['a', 'b', 'c', 'd'], ['2019', '2023', undefined, '2019'], 10);
  expect(shards).toEqual([
    { name: '2023', pages: ['b'] },
    { name: '2019', pages: ['a', 'd'] },
    { name: 'undated', pages: ['c'] },
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
