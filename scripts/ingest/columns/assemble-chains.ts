// Fragments into chains: which fragment follows which over the whole page. Each possible link is
// weighed by how well the text continues (join-score.ts); a link the OCR already made (the next
// fragment in OCR order) gets a small bonus, so the OCR's order stands wherever the text says
// nothing against it. Links are taken strongest first (each fragment has at most one successor
// and one predecessor, and no chain may loop back on itself): a greedy path cover, the usual way
// to reassemble shredded text.

export interface ChainOptions {
  /** Bonus for keeping the link the OCR made from fragment `a` (more where the OCR is trusted). */
  ocrBonus?: number | ((a: number) => number);
  /** A link the OCR did not make is only taken on at least this much evidence… */
  strongLink?: number;
  /** …and only if it beats, by this much, both links the OCR made that it would replace… */
  margin?: number;
  /** …and every other fragment that could come before or after instead. */
  ambiguity?: number;
}

/**
 * @param count number of fragments, in OCR order
 * @param score evidence that fragment `b` follows fragment `a` (may be called many times)
 * @param ocrNext for each fragment, the fragment the OCR put after it (or undefined)
 * @param committed links known already (inside a de-interleaved run), taken first
 * @returns the successor of each fragment, or undefined where a chain ends
 */
export function assembleChains(
  count: number,
  score: (a: number, b: number) => number,
  ocrNext: ReadonlyArray<number | undefined>,
  committed: ReadonlyArray<readonly [number, number]> = [],
  options: ChainOptions = {},
): Array<number | undefined> {
  const { strongLink = 1.5, margin = 1.5, ambiguity = 0.5 } = options;
  const bonusOption = options.ocrBonus ?? 0.5;
  const ocrBonus = typeof bonusOption === 'number' ? () => bonusOption : bonusOption;
  const ocrPrev = new Array<number | undefined>(count).fill(undefined);
  ocrNext.forEach((b, a) => {
    if (b !== undefined) ocrPrev[b] = a;
  });
  const ocrLinkScore = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined ? 0 : score(a, b) + ocrBonus(a));
  const { next, link } = chainLinks(count);
  for (const [a, b] of committed) link(a, b);
  const hasPrev = new Set(next.filter((b): b is number => b !== undefined));

  const scores: number[][] = Array.from({ length: count }, (_, a) => Array.from({ length: count }, (_, b) => (a === b ? -Infinity : score(a, b))));
  const columns: number[][] = Array.from({ length: count }, (_, b) => scores.map((row) => row[b]!));
  // What the OCR's links out of and into each fragment are worth.
  const keepOut = Array.from({ length: count }, (_, a) => ocrLinkScore(a, ocrNext[a]));
  const keepIn = Array.from({ length: count }, (_, b) => ocrLinkScore(ocrPrev[b], b));
  // A rival is another fragment that would also leave its own OCR link for this one.
  const bestRival = (values: number[], except: number, keep: number[]) =>
    Math.max(-Infinity, ...values.filter((v, k) => k !== except && v >= keep[k]!));
  const candidates: Array<{ a: number; b: number; weight: number }> = [];
  for (let a = 0; a < count; a++) {
    if (next[a] !== undefined) continue;
    for (let b = 0; b < count; b++) {
      if (a === b || hasPrev.has(b)) continue;
      const s = scores[a]![b]!;
      const isOcrLink = ocrNext[a] === b;
      if (!Number.isFinite(s)) continue;
      const beatsOcr =
        s >= strongLink &&
        s >= keepOut[a]! + margin &&
        s >= keepIn[b]! + margin &&
        s >= bestRival(scores[a]!, b, keepIn) + ambiguity &&
        s >= bestRival(columns[b]!, a, keepOut) + ambiguity;
      if (isOcrLink ? s + ocrBonus(a) >= 0 : beatsOcr) candidates.push({ a, b, weight: s + (isOcrLink ? ocrBonus(a) : 0) });
    }
  }
  // Strongest first; among equals, the OCR's own link, then the nearer fragment.
  candidates.sort((x, y) => y.weight - x.weight || Math.abs(x.b - x.a) - Math.abs(y.b - y.a));
  // A fragment taken out of its place does not bring its OCR neighbours along unless the text
  // says they belong to it: the OCR's links around a moved fragment are links to another column.
  const moved = new Array<boolean>(count).fill(false);
  for (const { a, b } of candidates) {
    const isOcrLink = ocrNext[a] === b;
    if (isOcrLink && (moved[a] || moved[b]) && scores[a]![b]! <= 0) continue;
    if (link(a, b) && !isOcrLink) moved[b] = true;
  }
  return next;
}

/** Successor links that keep every fragment to one successor and one predecessor, with no loops. */
function chainLinks(count: number): { next: Array<number | undefined>; link: (a: number, b: number) => boolean } {
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

/**
 * The chains with only the links known already and the OCR's own: for pages too large to weigh
 * every pair of fragments (see deinterleave.ts).
 */
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

