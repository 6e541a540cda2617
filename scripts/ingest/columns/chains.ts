// Successor links between printed lines, kept to chains: each line has at most one successor and
// one predecessor, and no chain loops back on itself.

/** Successor links that keep every fragment to one successor and one predecessor, with no loops. */
export function chainLinks(count: number): { next: Array<number | undefined>; link: (a: number, b: number) => boolean } {
  const next = new Array<number | undefined>(count).fill(undefined);
  const prev = new Array<number | undefined>(count).fill(undefined);
  // Union-find over chains, so a link that would close a loop is refused.
  const parent = Array.from({ length: count }, (_, i) => i);
  const find = (x: number): number => {
    while (parent[x] !== x) {
      parent[x] = parent[parent[x]!]!;
      x = parent[x]!;
    }
    return x;
  };
  const link = (a: number, b: number): boolean => {
    if (a === b || next[a] !== undefined || prev[b] !== undefined || find(a) === find(b)) return false;
    next[a] = b;
    prev[b] = a;
    parent[find(a)] = find(b);
    return true;
  };
  return { next, link };
}

/** The chains made by the links given first (`committed`), then the OCR's own where they fit. */
export function chainsInOcrOrder(count: number, ocrNext: ReadonlyArray<number | undefined>, committed: ReadonlyArray<readonly [number, number]>): Array<number | undefined> {
  const { next, link } = chainLinks(count);
  for (const [a, b] of committed) link(a, b);
  ocrNext.forEach((b, a) => {
    if (b !== undefined) link(a, b);
  });
  return next;
}

/** The chains (fragment indices in reading order) that a successor table describes. */
export function chainsOf(next: ReadonlyArray<number | undefined>): number[][] {
  const hasPrev = new Set(next.filter((n): n is number => n !== undefined));
  const chains: number[][] = [];
  for (let head = 0; head < next.length; head++) {
    if (hasPrev.has(head)) continue;
    const chain: number[] = [];
    for (let at: number | undefined = head; at !== undefined; at = next[at]) chain.push(at);
    chains.push(chain);
  }
  return chains;
}
