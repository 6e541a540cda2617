import { expect, it } from 'vitest';
import { compareArticles } from './compare-articles.ts';

const a = (id: string, date?: string, position?: number, file = 'f') => ({ id, data: { date, position, source: { file } } });

it('sorts newest first, undated last, then in printed order', () => {
  const sorted = [a('x'), a('b', '2019-04-16', 2), a('c', '2023'), a('d', '2023-06'), a('e', '2019-04-16', 1)].sort(compareArticles);
  expect(sorted.map((s) => s.id)).toEqual(['d', 'c', 'e', 'b', 'x']);
});
