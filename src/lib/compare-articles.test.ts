import { expect, it } from 'vitest';
import { compareArticles, inPrintedOrder } from './compare-articles.ts';

const a = (id: string, date?: string, position?: number, file = 'f') => ({ id, data: { date, position, source: { file } } });

it('sorts newest first, undated last, then in printed order', () => {
  const sorted = [a('x'), a('b', '2019-04-16', 2), a('c', '2023'), a('d', '2023-06'), a('e', '2019-04-16', 1)].sort(compareArticles);
  expect(sorted.map((s) => s.id)).toEqual(['d', 'c', 'e', 'b', 'x']);
});
it("puts one page's articles in printed order whatever their dates, without touching the list given", () => {
  const given = [a('late', '2023', 2), a('z', '2019', 1), a('a', '2019', 1)];
  expect(inPrintedOrder(given).map((s) => s.id)).toEqual(['a', 'z', 'late']);
  expect(given.map((s) => s.id)).toEqual(['late', 'z', 'a']);
});
