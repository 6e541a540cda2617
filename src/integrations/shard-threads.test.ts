import { expect, it } from 'vitest';
import type { SearchRecord } from './search-record.ts';
import { indexShards, shardThreads } from './shard-threads.ts';

const record = (n: number, text: string): SearchRecord => ({
  path: `/articles/a${n}/`,
  date: '2023-05',
  title: `第${n}篇`,
  text,
  filters: { park: [], company: n % 2 ? ['比亚迪'] : [], source: ['甲报'], year: ['2023'] },
});

const SHARDS = [
  [record(1, '比亚迪与徐州经济技术开发区签约。'), record(2, '钠离子电池项目投产。')],
  [record(3, '徐州高新区开通公交线路。')],
  [record(4, '网易公司设立研发中心。'), record(5, '产业园建设加快。'), record(6, '高铁站附近建设产业园。')],
];

it('indexes shards on several threads, each with its own Pagefind process, exactly as on one', async () => {
  const alone = await indexShards(SHARDS, { threads: 1 });
  const side = await indexShards(SHARDS, { threads: 2 });
  expect(side.map((s) => s.ids)).toEqual(alone.map((s) => s.ids));
  // Files by path (their order in Pagefind's answer is not part of the index).
  const byPath = (shards: typeof alone) => shards.map((s) => Object.fromEntries(s.files.map(([path, content]) => [path, Buffer.from(content).toString('base64')])));
  expect(byPath(side)).toEqual(byPath(alone));
  // Each shard's own pages, in its own order.
  expect(side.map((s) => s.ids.length)).toEqual([2, 1, 3]);
}, 60_000);

it('lets a freed core take the shards still waiting, with the same index as one lane', async () => {
  const alone = await indexShards(SHARDS, { threads: 1 });
  const joined = await indexShards(SHARDS, { threads: 1, coreFreed: Promise.resolve() });
  const byPath = (shards: typeof alone) => shards.map((s) => Object.fromEntries(s.files.map(([path, content]) => [path, Buffer.from(content).toString('base64')])));
  expect(byPath(joined)).toEqual(byPath(alone));
  expect(joined.map((s) => s.ids)).toEqual(alone.map((s) => s.ids));
}, 60_000);

it('uses no more threads than shards, cores but the twin’s, or the cap', () => {
  expect(shardThreads(1, 8)).toBe(1);
  expect(shardThreads(5, 2)).toBe(1);
  expect(shardThreads(5, 3)).toBe(2);
  expect(shardThreads(20, 64)).toBe(4);
  expect(shardThreads(0, 2)).toBe(1);
});
