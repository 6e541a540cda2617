// Chinese place names (provinces, cities, counties and districts; Hong Kong, Macao, Taiwan), in
// full and by their short form: 徐州市 and 徐州, 鼓楼区 and 鼓楼. Used to tell a park's name
// (合肥经开区) from a kind of park (国家级高新区), and where a company's name starts. The list is
// generated from the National Bureau of Statistics' division codes by
// scripts/data/make-place-names.ts (src/core/place-names.data.ts).
import { PLACE_NAMES, PLACE_SHORT_FORMS } from './place-names.data.ts';

let names: Set<string> | undefined;
/** For each first character, the lengths of the names it opens, longest first: most positions of
 * a text open no place name, and are passed over with one lookup. */
const lengthsByFirst = new Map<string, number[]>();

function load(): Set<string> {
  const set = new Set([...PLACE_NAMES, ...PLACE_SHORT_FORMS].filter((n) => Array.from(n).length >= 2));
  for (const n of set) {
    const lengths = lengthsByFirst.get(n[0]!) ?? [];
    if (!lengths.includes(n.length)) lengths.push(n.length);
    lengthsByFirst.set(n[0]!, lengths);
  }
  for (const lengths of lengthsByFirst.values()) lengths.sort((a, b) => b - a);
  return set;
}

export function isPlaceName(word: string): boolean {
  names ??= load();
  return names.has(word);
}

/** The longest place name `text` starts with (or holds at `from`), or '' (徐州鼓楼 → 徐州). */
export function placeAtStart(text: string, from = 0): string {
  names ??= load();
  for (const n of lengthsByFirst.get(text[from] ?? '') ?? []) {
    if (from + n > text.length) continue;
    const head = text.slice(from, from + n);
    if (names.has(head)) return head;
  }
  return '';
}

/** Every place name the text holds anywhere, overlapping ones too (徐州鼓楼区: 徐州, 鼓楼区, 鼓楼). */
export function allPlacesIn(text: string): Set<string> {
  names ??= load();
  const found = new Set<string>();
  for (let at = 0; at < text.length - 1; at++)
    for (const n of lengthsByFirst.get(text[at]!) ?? []) {
      const name = text.slice(at, at + n);
      if (at + n <= text.length && names.has(name)) found.add(name);
    }
  return found;
}

/** Place names in a text, left to right, each the longest at its start, none overlapping. */
export function findPlaces(text: string): Array<{ at: number; name: string }> {
  const found: Array<{ at: number; name: string }> = [];
  for (let at = 0; at < text.length - 1; ) {
    const name = placeAtStart(text, at);
    if (name) {
      found.push({ at, name });
      at += name.length;
    } else at++;
  }
  return found;
}
