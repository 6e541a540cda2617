// Numbered paragraphs whose first lines the OCR read apart from their bodies. On the lecture page
// the column's blocks came bottom up: the bodies of 五是…, 六是…, 七是… in order, then their first
// lines (`七是完善知识产权战略体系，创建`, `六是…`, `五是…`) on their own at the end. Such a first
// line is a stub: it starts a numbered paragraph, stops mid-sentence, and nothing continues it.
// When a stretch of text has two or more stubs, each goes back in front of a body: in their
// numbers' order, after the paragraph numbered before them, where the text before the body stops
// mid-word or the stub's end runs on into it (打造徐州|市科技金融…). Without such evidence a stub
// stays where it is.
import { endsSentence } from '../char-classes.ts';
import { endsMidWord } from './junction-gain.ts';
import { LAST_LINE_EVIDENCE, LAST_LINE_MARGIN, STUB_CUT_BEFORE, STUB_MIN_COUNT, STUB_MIN_EVIDENCE } from './knobs.ts';

const NUMERALS = '一二三四五六七八九十';
const SERIES_HEAD = new RegExp(`^\\s*([${NUMERALS}])是`, 'u');

const numberOf = (text: string): number | undefined => {
  const m = SERIES_HEAD.exec(text);
  return m ? NUMERALS.indexOf(m[1]!) + 1 : undefined;
};

/**
 * @param sequence fragment indices of one stretch of text, in reading order
 * @param text a fragment's text
 * @param score the evidence that fragment b continues fragment a (join-score.ts)
 * @param hold how firmly b holds on to a where they stand (the evidence, plus trust in the OCR
 *   where it read them as one line); a join held at 0 or less may be broken
 * @returns the same fragments, stubs moved
 */
export function placeNumberedHeads(
  sequence: readonly number[],
  text: (k: number) => string,
  score: (a: number, b: number) => number,
  hold: (a: number, b: number) => number = score,
): number[] {
  const isStub = (i: number): boolean => {
    const k = sequence[i]!;
    if (numberOf(text(k)) === undefined || endsSentence(text(k))) return false;
    const next = sequence[i + 1];
    if (next === undefined || numberOf(text(next)) !== undefined) return true;
    return score(k, next) <= 0 && endsSentence(text(next));
  };
  const stubs = sequence.filter((_, i) => isStub(i));
  if (stubs.length < STUB_MIN_COUNT) return [...sequence];
  const rest = sequence.filter((k) => !stubs.includes(k));
  const placed = [...stubs].sort((a, b) => numberOf(text(a))! - numberOf(text(b))!);

  // Where each stub may go: after the in-place paragraph numbered below it, before any above it.
  const inPlace = rest.map((k, j) => ({ j, n: numberOf(text(k)) })).filter((x) => x.n !== undefined);
  const bounds = placed.map((stub) => {
    const n = numberOf(text(stub))!;
    const lower = Math.max(0, ...inPlace.filter((x) => x.n! < n).map((x) => x.j + 1));
    const upper = Math.min(rest.length, ...inPlace.filter((x) => x.n! > n).map((x) => x.j));
    return { lower, upper };
  });
  const gain = (stub: number, j: number): number => {
    if (j <= 0 || j >= rest.length) return -Infinity;
    const before = rest[j - 1]!;
    const body = rest[j]!;
    if (numberOf(text(body)) !== undefined || hold(before, body) > 0) return -Infinity;
    return score(stub, body) + (endsMidWord(text(before)) ? STUB_CUT_BEFORE : 0);
  };

  // Dynamic programming over the stubs in order: each at a later place than the one before, or
  // left where it is (-1); the most evidence in all, and on a tie the earlier places.
  type State = { last: number; total: number; places: number[] };
  let states: State[] = [{ last: 0, total: 0, places: [] }];
  placed.forEach((stub, s) => {
    const byLast = new Map<number, State>();
    const offer = (state: State) => {
      const held = byLast.get(state.last);
      if (!held || state.total > held.total) byLast.set(state.last, state);
    };
    for (const state of states) {
      offer({ ...state, places: [...state.places, -1] });
      for (let j = Math.max(state.last, bounds[s]!.lower); j < bounds[s]!.upper; j++) {
        const g = gain(stub, j);
        if (g >= STUB_MIN_EVIDENCE) offer({ last: j + 1, total: state.total + g, places: [...state.places, j] });
      }
    }
    states = [...byLast.values()].sort((x, y) => x.last - y.last);
  });
  const best = states.reduce((a, b) => (b.total > a.total ? b : a));
  if (best.total === 0) return [...sequence];

  // Moved stubs go in front of their bodies; the others stay where they were.
  const before = new Map<number, number[]>();
  placed.forEach((stub, s) => {
    const j = best.places[s]!;
    if (j >= 0) before.set(rest[j]!, [...(before.get(rest[j]!) ?? []), stub]);
  });
  const moved = new Set([...before.values()].flat());
  return placeLastLines(
    sequence.filter((k) => !moved.has(k)).flatMap((k) => [...(before.get(k) ?? []), k]),
    text,
    score,
    hold,
  );
}

/**
 * The bodies' last lines came with the stubs (`展科技保险业务等。` after `七是…`): a line that ends a
 * sentence but does not follow from the line before it goes after the one line that stops where
 * it starts (`…投贷联动模式，开|展科技保险业务等。`), when the words across say so clearly.
 */
function placeLastLines(sequence: number[], text: (k: number) => string, score: (a: number, b: number) => number, hold: (a: number, b: number) => number): number[] {
  let out = [...sequence];
  const weakAfter = (i: number) => i + 1 >= out.length || hold(out[i]!, out[i + 1]!) <= 0;
  for (const last of sequence) {
    const i = out.indexOf(last);
    if (i <= 0 || !endsSentence(text(last)) || numberOf(text(last)) !== undefined || hold(out[i - 1]!, last) > 0) continue;
    const candidates = out
      .map((k, j) => ({ k, j, s: j !== i && j !== i - 1 && weakAfter(j) && !endsSentence(text(k)) ? score(k, last) : -Infinity }))
      .sort((a, b) => b.s - a.s);
    const [best, second] = candidates;
    if (!best || best.s < LAST_LINE_EVIDENCE || (second && second.s > best.s - LAST_LINE_MARGIN)) continue;
    out = out.filter((k) => k !== last);
    out.splice(out.indexOf(best.k) + 1, 0, last);
  }
  return out;
}
