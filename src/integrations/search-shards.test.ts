import { expect, it } from 'vitest';
import { planShards } from './search-shards.ts';

const pages = Array.from({ length: 400 }, (_, i) => `/articles/a-${i}/`);

it('keeps every page once, in order, in shards of bounded size', () => {
  const shards = planShards(pages, 20);
  expect(shards.flatMap((s) => s.pages)).toEqual(pages);
  expect(shards.length).toBeGreaterThan(5);
  for (const s of shards.slice(0, -1)) {
    expect(s.pages.length).toBeGreaterThanOrEqual(5);
    expect(s.pages.length).toBeLessThanOrEqual(40);
  }
});

it('changes one or two shards when a page is added, wherever it goes', () => {
  const before = planShards(pages, 20).map((s) => s.pages.join());
  for (const at of [0, 37, 200, 399]) {
    const added = [...pages.slice(0, at), '/articles/new/', ...pages.slice(at)];
    const after = planShards(added, 20).map((s) => s.pages.join());
    const changed = after.filter((s) => !before.includes(s));
    expect(changed.length, `added at ${at}`).toBeLessThanOrEqual(2);
  }
});
