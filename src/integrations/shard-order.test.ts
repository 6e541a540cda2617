// The order in which shards are handed over (shard-threads.ts), with Pagefind replaced by a stand-in
// that notes when each shard starts: the real one is tested in shard-threads.test.ts.
import { expect, it, vi } from 'vitest';
import type { SearchRecord } from './search-record.ts';
import { indexShards } from './shard-threads.ts';

const events: string[] = [];
vi.mock('./search-pagefind.ts', () => ({
  pagefindShard: async (records: readonly SearchRecord[]) => {
    events.push(`start ${records[0]!.path}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
    return { files: [], ids: records.map((r) => r.path) };
  },
}));

const shard = (n: number): SearchRecord[] => [{ path: `/articles/a${n}/`, title: `第${n}篇`, text: '正文。', filters: { park: [], company: [], source: [], year: [] } }];

it('hands each shard over as soon as it is made, before the next one starts', async () => {
  events.length = 0;
  const made = await indexShards([shard(1), shard(2), shard(3)], {
    threads: 1,
    onShard: (k, s) => events.push(`made ${k} ${s.ids[0]}`),
  });
  expect(events).toEqual(['start /articles/a1/', 'made 0 /articles/a1/', 'start /articles/a2/', 'made 1 /articles/a2/', 'start /articles/a3/', 'made 2 /articles/a3/']);
  expect(made.map((s) => s.ids[0])).toEqual(['/articles/a1/', '/articles/a2/', '/articles/a3/']);
});
