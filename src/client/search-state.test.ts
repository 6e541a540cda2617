import { expect, it } from 'vitest';
import { hasFilters, readState, writeState } from './search-state.ts';

it('reads the query and the filters from the address, and writes them back', () => {
  const state = readState('?q=%E6%AF%94%E4%BA%9A%E8%BF%AA&year=2023&year=2022&park=%E5%BE%90%E5%B7%9E%E9%AB%98%E6%96%B0%E5%8C%BA&other=x');
  expect(state).toEqual({ q: '比亚迪', filters: { park: ['徐州高新区'], year: ['2023', '2022'] } });
  expect(readState(writeState(state))).toEqual(state);
  expect(hasFilters(state)).toBe(true);
});

it('writes nothing for an empty search, and trims the query', () => {
  expect(writeState({ q: '', filters: {} })).toBe('');
  expect(readState('?q=%20%E7%BD%91%E6%98%93%20').q).toBe('网易');
  expect(hasFilters(readState('?q=x'))).toBe(false);
});
