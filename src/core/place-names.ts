// Chinese place names (provinces, cities, counties and districts; Hong Kong, Macao, Taiwan), in
// full and by their short form: 徐州市 and 徐州, 鼓楼区 and 鼓楼. Used to tell a park's name
// (合肥经开区) from a kind of park (国家级高新区), and where a company's name starts. The list is
// generated from the National Bureau of Statistics' division codes by
// scripts/data/make-place-names.ts (src/core/place-names.data.ts).
import { PLACE_NAMES, PLACE_SHORT_FORMS } from './place-names.data.ts';

let names: Set<string> | undefined;
let longest = 0;

function load(): Set<string> {
  const set = new Set([...PLACE_NAMES, ...PLACE_SHORT_FORMS].filter((n) => Array.from(n).length >= 2));
  for (const n of set) longest = Math.max(longest, n.length);
  return set;
}

export function isPlaceName(word: string): boolean {
  names ??= load();
  return names.has(word);
}

/** The longest place name `text` starts with, or '' (徐州鼓楼 → 徐州). */
export function placeAtStart(text: string): string {
  names ??= load();
  for (let n = Math.min(text.length, longest); n >= 2; n--) {
    const head = text.slice(0, n);
    if (names.has(head)) return head;
  }
  return '';
}

/** Place names in a text, left to right, each the longest at its start, none overlapping. */
export function findPlaces(text: string): Array<{ at: number; name: string }> {
  const found: Array<{ at: number; name: string }> = [];
  for (let at = 0; at < text.length - 1; ) {
    const name = placeAtStart(text.slice(at));
    if (name) {
      found.push({ at, name });
      at += name.length;
    } else at++;
  }
  return found;
}
