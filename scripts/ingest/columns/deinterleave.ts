// The de-interleaving step of reading a page: where the OCR read neighbouring newspaper columns
// together, put the printed lines back in reading order. In three passes:
//   1. cut each OCR line that holds several printed lines into those lines (cut-fragments.ts);
//   2. on a line that mixes columns, sort its fragments into streams (stream-search.ts), and the
//      same over stretches of such lines, following each column across the OCR's line breaks
//      (search-stretches.ts);
//   3. over the whole page, link fragments into chains where the text says one continues another
//      (assemble-chains.ts), the OCR's order standing wherever the evidence is weak.
// Pages where no line mixes columns come back untouched. Headings, bylines, captions and
// datelines stay where they are; numbered paragraphs (五是… 六是…) are put back in order.
import type { PageLine } from '../read-page/page-lines.ts';
import { assembleChains, chainsInOcrOrder, chainsOf } from './assemble-chains.ts';
import { articleRegions, classifyLines } from './classify-lines.ts';
import { cutFragments } from './cut-fragments.ts';
import { fragmentWidth } from './fragment-width.ts';
import { endFeatures, joinModelMissing, joinScoreOf, startFeatures } from './join-score.ts';
import { orderRegions } from './order-regions.ts';
import { placeNumberedHeads } from './place-numbered-heads.ts';
import { searchStretches } from './search-stretches.ts';
import { lostEnd, markLostEnd } from './mark-cuts.ts';
import { readSideBySide, type SideBySideReport } from './side-by-side.ts';
import { searchStreams } from './stream-search.ts';

/** A line's streams must beat reading it straight by this much to count as mixed columns. */
const MIXED_MARGIN = 1;
/** Fragments a line needs before the search for streams inside it means anything. */
const MIN_SEARCHED = 3;

export interface DeinterleaveReport {
  /** Lines whose printed lines came from more than one column. */
  mixedLines: number[];
  /** Lines that looked mixed, on evidence too weak to act on: kept in OCR order. */
  weakLines: number[];
  /** Joins made that the OCR did not make: [end of one fragment, start of the next]. */
  newJoins: Array<[string, string]>;
  /** Joins kept as the OCR made them. */
  keptJoins: number;
  /** Every join between printed lines on the page, after and before the step (for measuring). */
  joins: Array<[string, string]>;
  ocrJoins: Array<[string, string]>;
  /** Lines whose column's end the OCR lost, marked 〔下缺〕 where the text stops. */
  lostEnds: number[];
  /** Blocks of side-by-side columns put in column order (side-by-side.ts). */
  sideBySide: SideBySideReport['blocks'];
  /** What the step could not do on this page, for the ingest report. */
  notes: string[];
}

export function emptyReport(): DeinterleaveReport {
  return { mixedLines: [], weakLines: [], newJoins: [], keptJoins: 0, joins: [], ocrJoins: [], sideBySide: [], lostEnds: [], notes: [] };
}

interface Fragment {
  text: string;
  line: number;
  /** Width of the column the fragment was printed in, where its line shows it. */
  column: number | undefined;
}

/** Columns this different in width are different columns: their lines never join. */
const COLUMN_TOLERANCE = 3;
const OTHER_COLUMN = -4;
/** Average evidence per join that makes a line's own order trusted (a word across every other join). */
const TRUSTED_EVIDENCE = 0.75;
/** Trust in the OCR's order: high between printed lines it read as one line of one column. */
const SAME_LINE_BONUS = 3;
const NEXT_LINE_BONUS = 0.5;
const UNCONFIRMED_SAME_LINE_BONUS = 1;
/** How much wider than its column one printed line may measure (punctuation squeezed by OCR). */
const ONE_LINE_SLACK = 1.5;
/** Fragments a page may have for every pair of them to be weighed (a few thousand is a lot of page). */
const MAX_WEIGHED_FRAGMENTS = 3000;
/** How many lines away to look for a line that shows the column's width. */
const COLUMN_SEARCH = 40;

/**
 * @param articleStarts line numbers of headings known to start an article (sidebars): no text is
 *   moved across an article's start.
 */
export interface DeinterleaveTrace {
  fragments: ReadonlyArray<{ text: string; line: number }>;
  score: (a: number, b: number) => number;
  order: readonly number[];
}

export function deinterleave(
  input: readonly PageLine[],
  articleStarts: ReadonlySet<number> = new Set(),
  options: { trace?: (trace: DeinterleaveTrace) => void } = {},
): { lines: PageLine[]; report: DeinterleaveReport } {
  // Rows of side-by-side columns first: once given back column by column, they are lines like any.
  const sideBySide = readSideBySide(input);
  const result = deinterleaveRows(sideBySide.lines, articleStarts, options);
  const { report } = result;
  report.sideBySide = sideBySide.report.blocks;
  report.weakLines = [...new Set([...report.weakLines, ...sideBySide.report.doubtful])].sort((a, b) => a - b);
  if (report.sideBySide.length > 0 || report.mixedLines.length > 0 || report.weakLines.length > 0) {
    const missing = joinModelMissing();
    if (missing) report.notes.push(`columns put in order without the language model, so less well: ${missing}`);
    result.lines = markLostEnds(result.lines, articleStarts, report);
  }
  return result;
}

/**
 * On a page whose columns were put back in order, a text line that stops mid-word where nothing
 * goes on with the word lost its column's end: marked 〔下缺〕 (mark-cuts.ts).
 */
function markLostEnds(lines: PageLine[], articleStarts: ReadonlySet<number>, report: DeinterleaveReport): PageLine[] {
  const kinds = classifyLines(lines);
  const region = articleRegions(lines, kinds, articleStarts);
  return lines.map((line, i) => {
    if (kinds[i] !== 'text') return line;
    let j = i + 1;
    while (j < lines.length && kinds[j] === 'other') j++;
    const next = j < lines.length && region[j] === region[i] ? lines[j] : undefined;
    if (!lostEnd(line.text, next?.text, next !== undefined && kinds[j] === 'text')) return line;
    report.lostEnds.push(line.lineNo);
    return { ...line, text: markLostEnd(line.text) };
  });
}

function deinterleaveRows(
  lines: readonly PageLine[],
  articleStarts: ReadonlySet<number>,
  options: { trace?: (trace: DeinterleaveTrace) => void },
): { lines: PageLine[]; report: DeinterleaveReport } {
  const report = emptyReport();
  const kinds = classifyLines(lines);
  const region = articleRegions(lines, kinds, articleStarts);

  // Pass 1: each line cut into the printed lines it holds.
  const cuts = lines.map((line, i) => (kinds[i] === 'text' ? cutFragments(line.text, 2) : undefined));
  // Pass 2 first, on lines of three printed lines or more: are any columns mixed on this page?
  const searches = cuts.map((cut) => (cut && cut.fragments.length >= MIN_SEARCHED ? searchStreams(cut.fragments) : undefined));
  const mixed = new Set<number>();
  /** Mixed lines whose own streams are known (a stretch's search may find more mixed lines). */
  const mixedAlone = new Set<number>();
  // Lines of several printed lines that read as one column: the OCR's order inside them is trusted.
  const trusted = new Set<number>();
  searches.forEach((search, i) => {
    if (!search) return;
    const { best, asRead } = search;
    if (best.streams.length < 2) {
      // Trusted where the text itself confirms the OCR's order, join after join.
      if (asRead.evidence / (cuts[i]!.fragments.length - 1) >= TRUSTED_EVIDENCE) trusted.add(i);
    } else if (best.score - asRead.score < MIXED_MARGIN) report.weakLines.push(lines[i]!.lineNo);
    else {
      report.mixedLines.push(lines[i]!.lineNo);
      mixed.add(i);
      mixedAlone.add(i);
    }
  });
  // A line of two pieces is two printed lines only if together they are wider than a line of the
  // nearest column in its article (`六是完善金融支持体系, 打造徐州` is one line, a space after its comma).
  const columnNear = (i: number): number | undefined => {
    for (let d = 1; d <= COLUMN_SEARCH; d++) {
      for (const j of [i - d, i + d]) {
        const cut = cuts[j];
        if (cut && cut.fragments.length >= MIN_SEARCHED && region[j] === region[i]) return cut.column;
      }
    }
    return undefined;
  };
  cuts.forEach((cut, i) => {
    if (!cut || cut.fragments.length !== 2) return;
    const column = columnNear(i);
    if (column !== undefined && cut.fragments.reduce((w, f) => w + fragmentWidth(f), 0) <= column + ONE_LINE_SLACK) cuts[i] = undefined;
  });

  // Pass 2 again, over stretches of OCR lines, so that a column is followed from one OCR line into
  // the next (search-stretches.ts). Where a stretch shows no streams, each mixed line's own stand.
  const stretches = searchStretches(
    lines.map((line, i) => ({ pieces: cuts[i]?.fragments ?? [line.text.trim()], isText: kinds[i] === 'text', region: region[i]! })),
    MIXED_MARGIN,
  );
  const runs = stretches.runs;
  for (const i of stretches.split) {
    if (mixed.has(i)) continue;
    mixed.add(i);
    report.mixedLines.push(lines[i]!.lineNo);
  }
  // Streams on too little evidence: the OCR's order stands, and the report says so (unless a
  // stretch's search put the line in order after all).
  for (const i of stretches.weak) if (!report.weakLines.includes(lines[i]!.lineNo)) report.weakLines.push(lines[i]!.lineNo);
  report.weakLines = report.weakLines.filter((n) => !report.mixedLines.includes(n)).sort((a, b) => a - b);
  report.mixedLines.sort((a, b) => a - b);
  if (report.mixedLines.length === 0) return { lines: [...lines], report };

  const fragments: Fragment[] = [];
  const firstOf: number[] = [];
  const committed: Array<[number, number]> = [];
  lines.forEach((line, i) => {
    firstOf.push(fragments.length);
    if (kinds[i] !== 'text') return;
    // Two pieces are enough to link elsewhere; the search inside a line needs three.
    const cut = cuts[i];
    const texts = cut?.fragments ?? [line.text.trim()];
    const base = fragments.length;
    // Only a line of several printed lines shows its column's width (one may be a paragraph's last).
    const column = texts.length >= MIN_SEARCHED ? cut?.column : undefined;
    for (const text of texts) fragments.push({ text, line: i, column });
    if (!mixedAlone.has(i)) return;
    for (const stream of searches[i]!.best.streams) stream.slice(1).forEach((f, k) => committed.push([base + stream[k]!, base + f]));
  });

  // The OCR's own links: the next fragment, unless a heading or byline stands between.
  const ocrNext: Array<number | undefined> = fragments.map((f, k) => {
    const n = fragments[k + 1];
    if (!n) return undefined;
    for (let i = f.line + 1; i < n.line; i++) if (kinds[i] === 'heading' || kinds[i] === 'byline') return undefined;
    return k + 1;
  });
  const asOcrRead = [...ocrNext];
  // Inside a mixed line the next fragment is another column's: only the streams' links count,
  // and the line's last fragment keeps its link to the next line.
  const lastOf = (i: number) => (firstOf[i + 1] ?? fragments.length) - 1;
  for (const i of mixed) {
    const after = ocrNext[lastOf(i)];
    for (let k = firstOf[i]!; k <= lastOf(i); k++) ocrNext[k] = undefined;
    ocrNext[lastOf(i)] = after;
  }
  const inRuns = new Set<number>();
  const runLinks: Array<[number, number]> = [];
  for (const run of runs) {
    const ks = run.lines.flatMap((i) => Array.from({ length: lastOf(i) - firstOf[i]! + 1 }, (_, n) => firstOf[i]! + n));
    for (const k of ks) inRuns.add(k);
    for (const stream of run.streams) stream.slice(1).forEach((f, n) => runLinks.push([ks[stream[n]!]!, ks[f]!]));
  }
  for (const k of inRuns) ocrNext[k] = undefined;
  const links = [...committed.filter(([a]) => !inRuns.has(a)), ...runLinks];

  const ends = fragments.map((f) => endFeatures(f.text));
  const starts = fragments.map((f) => startFeatures(f.text));
  const score = (a: number, b: number): number => {
    const fa = fragments[a]!;
    const fb = fragments[b]!;
    if (region[fa.line] !== region[fb.line]) return -Infinity;
    const s = joinScoreOf(ends[a]!, starts[b]!);
    return fa.column !== undefined && fb.column !== undefined && Math.abs(fa.column - fb.column) > COLUMN_TOLERANCE ? s + OTHER_COLUMN : s;
  };
  const ocrBonus = (a: number) => {
    const b = ocrNext[a];
    const line = fragments[a]!.line;
    if (b === undefined || fragments[b]!.line !== line || !trusted.has(line)) return NEXT_LINE_BONUS;
    // Even in a trusted line, a join the text says nothing about is only as good as the OCR.
    return score(a, b) > 0 ? SAME_LINE_BONUS : UNCONFIRMED_SAME_LINE_BONUS;
  };
  // Weighing every pair of fragments is quadratic: a page too large for it keeps the OCR's order
  // between lines, and only the columns inside each mixed line are put in order.
  const weighPairs = fragments.length <= MAX_WEIGHED_FRAGMENTS;
  if (!weighPairs) report.notes.push(`${fragments.length} printed lines: too many to weigh every pair; only the columns inside each mixed line were put in order`);
  const next = weighPairs ? assembleChains(fragments.length, score, ocrNext, links, { ocrBonus }) : chainsInOcrOrder(fragments.length, ocrNext, links);
  asOcrRead.forEach((b, a) => {
    if (b !== undefined) report.ocrJoins.push([fragments[a]!.text, fragments[b]!.text]);
  });
  // Pass 3's result, in page order: fixed lines where they were, each chain where its head was.
  type Item = { kind: 'line'; index: number } | { kind: 'chain'; chain: number[] };
  const chains = chainsOf(next);
  const chainAt = new Map(chains.map((c) => [c[0]!, c]));
  const items: Item[] = [];
  lines.forEach((_, i) => {
    if (kinds[i] !== 'text') {
      items.push({ kind: 'line', index: i });
      return;
    }
    for (let k = firstOf[i]!; k < (firstOf[i + 1] ?? fragments.length); k++) {
      const chain = chainAt.get(k);
      if (chain) items.push({ kind: 'chain', chain });
    }
  });
  const ordered = orderRegions(items, (item) => (item.kind === 'line' ? kinds[item.index]! : 'text'), (item) => (item.kind === 'chain' ? fragments[item.chain[0]!]!.text : undefined));

  // Flattened to lines and fragments; then, between headings, numbered paragraphs' first lines
  // that the OCR read apart from their bodies are put back in front of them.
  type Entry = { kind: 'line'; index: number } | { kind: 'fragment'; k: number };
  const entries: Entry[] = ordered.flatMap((item): Entry[] => (item.kind === 'line' ? [item] : item.chain.map((k) => ({ kind: 'fragment' as const, k }))));
  let from = 0;
  for (let i = 0; weighPairs && i <= entries.length; i++) {
    const entry = entries[i];
    if (entry !== undefined && !(entry.kind === 'line' && kinds[entry.index] === 'heading')) continue;
    const slots = entries.slice(from, i).flatMap((e, j) => (e.kind === 'fragment' ? [from + j] : []));
    const placed = placeNumberedHeads(
      slots.map((j) => (entries[j] as { k: number }).k),
      (k) => fragments[k]!.text,
      score,
      (a, b) => score(a, b) + (ocrNext[a] === b ? ocrBonus(a) - NEXT_LINE_BONUS : 0),
    );
    slots.forEach((j, n) => (entries[j] = { kind: 'fragment', k: placed[n]! }));
    from = i + 1;
  }

  // The joins a reader meets: each fragment and the next one in the text as it now stands.
  const order = entries.flatMap((e) => (e.kind === 'fragment' ? [e.k] : []));
  options.trace?.({ fragments, score, order });
  order.slice(1).forEach((b, i) => {
    const a = order[i]!;
    if (region[fragments[a]!.line] !== region[fragments[b]!.line]) return;
    report.joins.push([fragments[a]!.text, fragments[b]!.text]);
    if (b === a + 1) report.keptJoins++;
    else report.newJoins.push([fragments[a]!.text, fragments[b]!.text]);
  });

  const out: PageLine[] = [];
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e]!;
    if (entry.kind === 'line') {
      out.push(lines[entry.index]!);
      continue;
    }
    // A line whose fragments all stayed together, in order, is given back as the OCR wrote it.
    const line = fragments[entry.k]!.line;
    const first = firstOf[line]!;
    const count = lastOf(line) - first + 1;
    const run = entries.slice(e, e + count);
    const whole = run.length === count && run.every((x, j) => x.kind === 'fragment' && x.k === first + j);
    if (whole) {
      out.push(lines[line]!);
      e += count - 1;
    } else out.push({ ...lines[line]!, text: fragments[entry.k]!.text, gapBefore: 0, gapAfter: 0 });
  }
  return { lines: out, report };
}
