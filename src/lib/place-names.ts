// Chinese place names (provinces, cities, counties and districts; Hong Kong, Macao, Taiwan), with
// and without their suffix: 徐州市 and 徐州, 鼓楼区 and 鼓楼. Used to tell a park's name
// (合肥经开区) from a kind of park (国家级高新区). The list is generated from the National Bureau
// of Statistics' division codes by scripts/data/make-place-names.ts (src/core/place-names.data.ts).
import { PLACE_NAMES } from '../core/place-names.data.ts';

const SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|地区|省|市|区|县|盟|旗)$/u;

let names: Set<string> | undefined;
let longest = 0;

/** A division's name and its short form (徐州市 → 徐州), when the short form keeps 2 characters. */
export function nameForms(name: string): string[] {
  const short = name.replace(SUFFIX, '');
  return [...new Set([name, short])].filter((n) => Array.from(n).length >= 2);
}

function load(): Set<string> {
  const set = new Set(PLACE_NAMES.flatMap(nameForms));
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

