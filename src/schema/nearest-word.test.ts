import { expect, it } from 'vitest';
import { nearestWord } from './nearest-word.ts';

const fields = ['title', 'date', 'byline', 'parks', 'companies', 'publication', 'page'];

it('finds a field misspelt, in another case, or begun right', () => {
  expect(nearestWord('titel', fields)).toBe('title');
  expect(nearestWord('companys', fields)).toBe('companies');
  expect(nearestWord('Date', fields)).toBe('date');
  expect(nearestWord('publisher', fields)).toBe('publication');
});
it('finds a field by another word for it', () => {
  expect(nearestWord('标题', fields, new Map([['标题', 'title']]))).toBe('title');
});
it('finds nothing for a word near no field', () => {
  expect(nearestWord('mood', fields)).toBeUndefined();
  expect(nearestWord('pa', fields)).toBeUndefined();
});
