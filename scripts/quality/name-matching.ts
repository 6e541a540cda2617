// The corpus scorer's rules for "this name is that name" (score.py's `found` and `subseq`), so
// the names measure here agrees with the reference scorer: names compared after NFKC, without
// whitespace, with quotes and dashes unified; a gold name is found when an output name contains
// it, is contained in it (and has at least 2 characters), or one is a subsequence of the other and
// the shorter has at least 4 characters (芜湖经开区 ~ 芜湖经济技术开发区). A canonical output
// name also matches through its aliases and short forms in the authority files.
const QUOTES = /[“”„‟「」『』〝〞＂]/gu;
const SINGLE_QUOTES = /[‘’‚‛]/gu;

export function lenient(s: string): string {
  return s
    .normalize('NFC')
    .replace(/\s+/gu, '')
    .normalize('NFKC')
    .replace(QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(/[—–―‐⁃-]+/gu, '-')
    .replace(/…/gu, '...')
    .replace(/・/gu, '·');
}

/** One name is a subsequence of the other and the shorter has at least 4 characters. */
export function subsequence(a: string, b: string): boolean {
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length < 4) return false;
  let i = 0;
  for (const c of long) if (i < short.length && c === short[i]) i++;
  return i === short.length;
}

export type AliasTable = ReadonlyMap<string, readonly string[]>;

/** Whether `entity` (a gold name) is named by one of `pool` (output names) or their aliases. */
export function found(entity: string, pool: readonly string[], aliases: AliasTable = new Map()): boolean {
  const all = [...pool, ...pool.flatMap((p) => aliases.get(p) ?? [])];
  const e = lenient(entity);
  return all.some((p) => {
    const q = lenient(p);
    return q.includes(e) || (q.length >= 2 && e.includes(q)) || subsequence(e, q);
  });
}

export interface NameScore {
  /** Gold names no output name matches. */
  missing: string[];
  /** Output names that match no gold name. */
  extra: string[];
  gold: number;
  given: number;
}

export function scoreNames(gold: readonly string[], given: readonly string[], aliases: AliasTable = new Map()): NameScore {
  return {
    missing: gold.filter((e) => !found(e, given, aliases)),
    extra: given.filter((p) => !gold.some((e) => found(e, [p], aliases))),
    gold: gold.length,
    given: given.length,
  };
}
