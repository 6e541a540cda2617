// Park and company names as score.py matches them: a gold name is found in an article's names when,
// after the lenient normalisation, one contains the other (the output's name of at least two
// characters) or one is a subsequence of the other of at least four characters (芜湖经开区 ~
// 芜湖经济技术开发区); a canonical name also matches through its aliases in the authority files.
import { lenient } from './python-text.ts';
import { isMapping, pyGet, pyIter, pyStr, pyTruthy } from './python-values.ts';

/** Canonical name → aliases and short forms, from content/entities/*.yaml. */
export type Aliases = ReadonlyMap<string, readonly string[]>;

/** The names a front-matter value gives: a string, a list of strings, or a list of {name, aliases}. */
export function namesOf(value: unknown): string[] {
  if (!pyTruthy(value)) return [];
  if (typeof value === 'string') return [value];
  const out: string[] = [];
  for (const x of pyIter(value)) {
    if (isMapping(x)) {
      for (const k of ['name', 'canonical', 'id', 'slug']) if (pyTruthy(pyGet(x, k))) out.push(pyStr(pyGet(x, k)));
      const aliases = pyGet(x, 'aliases');
      for (const a of pyTruthy(aliases) ? pyIter(aliases) : []) out.push(pyStr(a));
    } else out.push(pyStr(x));
  }
  return out;
}

/** One is a subsequence of the other, and the shorter has at least four characters. */
export function isSubsequence(a: string, b: string): boolean {
  const [short, long] = [...a].length <= [...b].length ? [[...a], [...b]] : [[...b], [...a]];
  if (short.length < 4) return false;
  let i = 0;
  for (const c of long) if (i < short.length && c === short[i]) i++;
  return i === short.length;
}

export interface NameMatcher {
  /** Is the gold name `entity` among `pool` (an article's names)? */
  found(entity: string, pool: readonly string[]): boolean;
}

export function nameMatcher(aliases: Aliases): NameMatcher {
  const cache = new Map<string, string>();
  const norm = (s: string) => {
    let n = cache.get(s);
    if (n === undefined) cache.set(s, (n = lenient(s)));
    return n;
  };
  return {
    found(entity, pool) {
      const all = [...pool, ...pool.flatMap((p) => aliases.get(p) ?? [])];
      const e = norm(entity);
      return all.some((name) => {
        const p = norm(name);
        return p.includes(e) || ([...p].length >= 2 && e.includes(p)) || isSubsequence(e, p);
      });
    },
  };
}
