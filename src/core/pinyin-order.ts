// Chinese names in pinyin order (as a dictionary lists them), by the platform's ICU collator.
const collator = new Intl.Collator('zh-Hans-CN-u-co-pinyin');

export function comparePinyin(a: string, b: string): number {
  return collator.compare(a, b);
}

/** A comparator that orders items by the pinyin of a name they carry. */
export function byPinyin<T>(name: (item: T) => string): (a: T, b: T) => number {
  return (a, b) => collator.compare(name(a), name(b));
}
