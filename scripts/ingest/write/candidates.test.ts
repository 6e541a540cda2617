import { expect, it } from 'vitest';
import { parse } from 'yaml';
import { candidatesYaml } from './candidates.ts';

it('lists candidates sorted by pinyin with the articles they were seen in', () => {
  const text = candidatesYaml({
    parks: new Map([
      ['淄博高新区', { name: '淄博高新区', seenIn: ['b.md'] }],
      ['常州高新区', { name: '常州高新区', seenIn: ['z.md', 'a.md'] }],
    ]),
    companies: new Map(),
  });
  expect(text.startsWith('# ')).toBe(true);
  expect(parse(text)).toEqual({ parks: [{ name: '常州高新区', seenIn: ['a.md', 'z.md'] }, { name: '淄博高新区', seenIn: ['b.md'] }], companies: [] });
});
