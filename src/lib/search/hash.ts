// A small, stable string hash shared by the build and the browser: it files names into buckets
// (names.ts) and places the cuts between search shards (src/integrations/search-shards.ts).

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a, 32 bits, over UTF-16 units: the same number in Node and in the browser. */
export function gramHash(gram: string): number {
  let state = FNV_OFFSET;
  for (let k = 0; k < gram.length; k++) state = Math.imul(state ^ gram.charCodeAt(k), FNV_PRIME);
  return state >>> 0;
}
