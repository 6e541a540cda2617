// The search page's state in its address: ?q=比亚迪&park=徐州经济技术开发区&year=2023&year=2022.
// Values of one filter are alternatives (any of them), filters together narrow (all of them).
import { FILTER_KEYS, type FilterKey } from '../lib/search-data.ts';

export interface SearchState {
  q: string;
  filters: Partial<Record<FilterKey, string[]>>;
}

export function readState(search: string): SearchState {
  const params = new URLSearchParams(search);
  const filters: SearchState['filters'] = {};
  for (const key of FILTER_KEYS) {
    const values = [...new Set(params.getAll(key).filter(Boolean))];
    if (values.length > 0) filters[key] = values;
  }
  return { q: params.get('q')?.trim() ?? '', filters };
}

/** The address's query string for a state ('' for an empty search). */
export function writeState(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  for (const key of FILTER_KEYS) for (const value of state.filters[key] ?? []) params.append(key, value);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export function hasFilters(state: SearchState): boolean {
  return FILTER_KEYS.some((k) => (state.filters[k]?.length ?? 0) > 0);
}
