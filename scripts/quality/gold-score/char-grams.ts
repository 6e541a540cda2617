// Character k-grams (k = 4 in score.py), counted in code points: which output article shares most
// text with a gold article.
export function charGrams(text: string, k = 4): Set<string> {
  const chars = [...text];
  const grams = new Set<string>();
  for (let i = 0; i + k <= chars.length; i++) grams.add(chars.slice(i, i + k).join(''));
  return grams;
}

export function sharedCount(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let n = 0;
  for (const g of small) if (large.has(g)) n++;
  return n;
}
