// Which straight double quotes (`"`) open and which close. OCR writes both Chinese quotation
// marks as `"`; pairing them by count alone goes wrong for the rest of a paragraph as soon as one
// is stray (a quote whose partner was lost with a cut line: `大力布局"大` … `打造"互联网+"共享`).
// Each quote is weighed by its neighbours (after `：` or `，` it opens, before `。` it closes),
// each pair by its length (quoted terms are short), and a stray costs more than either; the
// cheapest reading of the whole run wins (dynamic programming over the quotes, left to right).
import { isHan } from '../char-classes.ts';

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
  const span = (from: number, to: number) => {
    let length = 0;
    for (let k = from; k < to; k++) length += gaps[k]! + (k > from ? 1 : 0);
    return length > LONG_SPAN ? LONG_SPAN_COST : 0;
  };
  // State: the quote left open (or -1). Costs and choices per state after each quote.
  type Cell = { cost: number; opens: boolean[] };
  let cells = new Map<number, Cell>([[-1, { cost: 0, opens: [] }]]);
  for (let i = 0; i < n; i++) {
    const next = new Map<number, Cell>();
    const offer = (state: number, cost: number, opens: boolean[]) => {
      const held = next.get(state);
      // On a tie the earlier offer stands: the plain reading by count is offered first.
      if (!held || cost < held.cost - 1e-9) next.set(state, { cost, opens });
    };
    for (const [open, cell] of cells) {
      if (open >= 0) {
        offer(-1, cell.cost + closeCost(i) + span(open, i), [...cell.opens, false]);
        offer(i, cell.cost + STRAY + openCost(i), [...cell.opens, true]);
      } else {
        offer(i, cell.cost + openCost(i), [...cell.opens, true]);
        offer(-1, cell.cost + STRAY + closeCost(i), [...cell.opens, false]);
      }
    }
    cells = next;
  }
  let best: Cell | undefined;
  for (const [open, cell] of cells) {
    const cost = cell.cost + (open >= 0 ? STRAY : 0);
    if (!best || cost < best.cost - 1e-9) best = { cost, opens: cell.opens };
  }
  return best?.opens ?? [];
}
