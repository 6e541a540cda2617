// Semi-global edit distance: the gold text against the best-matching stretch of the output (free
// start and free end in the output), as score.py measures it. Two rows of the usual dynamic
// programme, so memory is linear in the output's length.
import { codePoints } from './python-text.ts';

export function semiGlobalDistance(gold: string, output: string): number {
  const g = codePoints(gold);
  const o = codePoints(output);
  if (g.length === 0) return 0;
  if (o.length === 0) return g.length;
  const n = o.length;
  let prev = new Int32Array(n + 1); // row 0: starting anywhere in the output costs nothing
  let cur = new Int32Array(n + 1);
  for (let i = 1; i <= g.length; i++) {
    const c = g[i - 1]!;
    cur[0] = i;
    for (let j = 1; j <= n; j++) {
      const substitute = prev[j - 1]! + (o[j - 1] === c ? 0 : 1);
      const dropGold = prev[j]! + 1;
      const extraOutput = cur[j - 1]! + 1;
      cur[j] = Math.min(substitute, dropGold, extraOutput);
    }
    [prev, cur] = [cur, prev];
  }
  let best = prev[0]!; // ending anywhere in the output costs nothing
  for (let j = 1; j <= n; j++) if (prev[j]! < best) best = prev[j]!;
  return best;
}
