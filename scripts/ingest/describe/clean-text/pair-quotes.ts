// Which straight double quotes (`"`) open and which close. OCR writes both Chinese quotation
// marks as `"`; pairing them by count alone goes wrong for the rest of a paragraph as soon as one
// is stray (a quote whose partner was lost with a cut line: `大力布局"大` … `打造"互联网+"共享`).
// Each quote is weighed by its neighbours (after `：` or `，` it opens, before `。` it closes),
// each pair by its length (quoted terms are short), and a stray costs more than either; the
// cheapest reading of the whole run wins (dynamic programming over the quotes, left to right).
import { isHan } from '../../char-classes.ts';

/** What leaving a quote without a partner costs. */
const STRAY = 2.5;
/** What reading a quote against its neighbours costs. */
const AGAINST_CONTEXT = 2;
/** A pair holding more than this many characters is unlikely (a term, a name, a slogan). */
const LONG_SPAN = 30;
const LONG_SPAN_COST = 1;

/** Marks after which a quotation starts (or the start of the text). */
const BEFORE_OPENING = /^[，,：:、；;（(\s]?$/u;
/** Marks before which a quotation ends (or the end of the text). */
const AFTER_CLOSING = /^[，,。.、；;：:！!？?）)]?$/u;
const ENDS_SENTENCE = /^[。！？!?]$/u;

/** How the neighbours lean: -1 open, +1 close, 0 where they say nothing (or both). */
function leaning(prev: string, next: string): number {
  const closes = AFTER_CLOSING.test(next) || (ENDS_SENTENCE.test(prev) && !isHan(next));
  const opens = BEFORE_OPENING.test(prev) && !AFTER_CLOSING.test(next);
  return closes === opens ? 0 : closes ? 1 : -1;
}

/**
 * @param prevs the character before each quote ('' at the start), spaces skipped
 * @param nexts the character after each quote ('' at the end)
 * @param gaps characters between each quote and the next (one fewer than quotes)
 * @returns for each quote, whether it opens
 */
export function quoteDirections(prevs: readonly string[], nexts: readonly string[], gaps: readonly number[]): boolean[] {
  const n = prevs.length;
  const lean = prevs.map((p, i) => leaning(p, nexts[i]!));
  const openCost = (i: number) => (lean[i]! > 0 ? AGAINST_CONTEXT : 0);
  const closeCost = (i: number) => (lean[i]! < 0 ? AGAINST_CONTEXT : 0);
  // Characters between quote `from` and quote `to` (the quotes in between counted as characters).
  const before = [0];
  gaps.forEach((gap, k) => before.push(before[k]! + gap + 1));
  const span = (from: number, to: number) => (before[to]! - before[from]! - 1 > LONG_SPAN ? LONG_SPAN_COST : 0);
  // State: the quote left open (or -1). Each cell links back to the cell it came from, so a long
  // paragraph costs no copying.
  type Cell = { cost: number; opens: boolean; prev: Cell | undefined };
  let cells = new Map<number, Cell | undefined>([[-1, undefined]]);
  const costOf = (cell: Cell | undefined) => cell?.cost ?? 0;
  for (let i = 0; i < n; i++) {
    const next = new Map<number, Cell>();
    const offer = (state: number, cost: number, opens: boolean, prev: Cell | undefined) => {
      const held = next.get(state);
      // On a tie the earlier offer stands: the plain reading by count is offered first.
      if (!held || cost < held.cost - 1e-9) next.set(state, { cost, opens, prev });
    };
    for (const [open, cell] of cells) {
      const cost = costOf(cell);
      if (open >= 0) {
        offer(-1, cost + closeCost(i) + span(open, i), false, cell);
        offer(i, cost + STRAY + openCost(i), true, cell);
      } else {
        offer(i, cost + openCost(i), true, cell);
        offer(-1, cost + STRAY + closeCost(i), false, cell);
      }
    }
    cells = next;
  }
  let best: Cell | undefined;
  let bestCost = Infinity;
  for (const [open, cell] of cells) {
    const cost = costOf(cell) + (open >= 0 ? STRAY : 0);
    if (cost < bestCost - 1e-9) {
      best = cell;
      bestCost = cost;
    }
  }
  const opens: boolean[] = [];
  for (let c = best; c; c = c.prev) opens.push(c.opens);
  return opens.reverse();
}
