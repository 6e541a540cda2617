// One company, one entry: a name written with and without its bracketed place
// (某某（徐州）材料有限公司, 某某材料有限公司), and a short name the text uses for a company it
// names in full (康泓生物 for 江苏康泓生物制药有限公司, 驰远智驾 for 江苏驰远智能驾驶科技有限公司).

import { withoutBracketedPlace } from '../../../../src/core/entities/bracketed-place.ts';

export { withoutBracketedPlace };

/**
 * Whether `short` abbreviates `full`: its characters appear in `full` in order, and its first two
 * together (the firm's own name, 字号, is kept whole in a short name).
 */
export function abbreviates(short: string, full: string): boolean {
  const s = Array.from(short);
  if (s.length < 2 || s.length >= Array.from(full).length || !full.includes(s.slice(0, 2).join(''))) return false;
  let i = 0;
  for (const c of full) if (i < s.length && c === s[i]) i++;
  return i === s.length;
}

/** Drops names that are another name of the list without its bracketed place, or a short form of it. */
export function oneNamePerCompany(names: readonly string[]): string[] {
  return names.filter((name) => !names.some((other) => other !== name && (withoutBracketedPlace(other) === name || abbreviates(name, other))));
}

/**
 * Drops park names that abbreviate another (芜湖经开区 for 芜湖经济技术开发区). A name held whole
 * in another is a different park (某市科技城 and 某市科技城新区), so it stays.
 */
export function oneNamePerPark(names: readonly string[]): string[] {
  return names.filter((name) => !names.some((other) => other !== name && !other.includes(name) && abbreviates(name, other)));
}
