// The reading of a mixed page, in three steps: the first reading (each chain of the first
// reading's links where its first printed line was, numbered paragraphs in their numbers' order,
// order-regions.ts), then each article's reading searched whole (search-reading.ts), then
// numbered paragraphs' first lines read apart from their bodies put back (place-numbered-heads.ts).
import type { LineKind } from '../read-page/line-kind.ts';
import { chainsInOcrOrder, chainsOf } from './chains.ts';
import { joinModel } from './join-score.ts';
import { READING_BLOCK_MAX, READING_MIN_EVIDENCE, READING_MIN_GAIN, READING_MIN_GAIN_UNIGRAM, READING_SURE_GAIN } from './knobs.ts';
import { orderRegions } from './order-regions.ts';
import type { PageFragments } from './page-fragments.ts';
import { placeNumberedHeads } from './place-numbered-heads.ts';
import type { PageScores } from './reading-scores.ts';
import { searchReading, type Slot } from './search-reading.ts';

/** One place in the page's reading: a whole line that is not text, or a printed line. */
export type Entry = { kind: 'line'; index: number } | { kind: 'fragment'; k: number };

/** The first reading's successor table: stream links first, then the OCR's where they fit. */
export function firstLinks(page: PageFragments): Array<number | undefined> {
  return chainsInOcrOrder(page.fragments.length, page.ocrNext, page.streamLinks);
}

/** The first reading in page order: lines that are not text where they were, each chain where its head was. */
export function firstReading(page: PageFragments, next: ReadonlyArray<number | undefined>, kinds: readonly LineKind[]): Entry[] {
  type Item = { kind: 'line'; index: number } | { kind: 'chain'; chain: number[] };
  const chainAt = new Map(chainsOf(next).map((c) => [c[0]!, c]));
  const items: Item[] = [];
  kinds.forEach((kind, i) => {
    if (kind !== 'text') items.push({ kind: 'line', index: i });
    else for (let k = page.firstOf[i]!; k < page.firstOf[i + 1]!; k++) if (chainAt.has(k)) items.push({ kind: 'chain', chain: chainAt.get(k)! });
  });
  const ordered = orderRegions(
    items,
    (item) => (item.kind === 'line' ? kinds[item.index]! : 'text'),
    (item) => (item.kind === 'chain' ? page.fragments[item.chain[0]!]!.text : undefined),
  );
  return ordered.flatMap((item): Entry[] => (item.kind === 'line' ? [item] : item.chain.map((k) => ({ kind: 'fragment' as const, k }))));
}

const slotOf = (entry: Entry, kinds: readonly LineKind[]): Slot =>
  entry.kind === 'fragment'
    ? { kind: 'text', fragment: entry.k }
    : kinds[entry.index] === 'heading' || kinds[entry.index] === 'byline'
      ? { kind: 'barrier', line: entry.index }
      : { kind: 'skip', line: entry.index };

const entryOf = (slot: Slot): Entry => (slot.kind === 'text' ? { kind: 'fragment', k: slot.fragment } : { kind: 'line', index: slot.line });

/**
 * Each article's reading searched whole; articles are contiguous runs of entries. Also gives the
 * printed lines whose place stays in doubt (search-reading.ts).
 */
export function searchArticles(
  entries: readonly Entry[],
  lineOf: (e: Entry) => number,
  region: readonly number[],
  kinds: readonly LineKind[],
  scores: PageScores,
): { entries: Entry[]; unsure: number[] } {
  const out: Entry[] = [];
  const unsure: number[] = [];
  for (let from = 0; from < entries.length; ) {
    let to = from;
    while (to < entries.length && region[lineOf(entries[to]!)] === region[lineOf(entries[from]!)]) to++;
    const slots = entries.slice(from, to).map((e) => slotOf(e, kinds));
    const read = searchReading(slots, scores, { minGain: joinModel() ? READING_MIN_GAIN : READING_MIN_GAIN_UNIGRAM, sureGain: READING_SURE_GAIN, minEvidence: READING_MIN_EVIDENCE, blockMax: READING_BLOCK_MAX });
    out.push(...read.slots.map(entryOf));
    unsure.push(...read.unsure);
    from = to;
  }
  return { entries: out, unsure };
}

/** Between headings, numbered paragraphs' first lines read apart from their bodies put back. */
export function placeHeads(entries: readonly Entry[], kinds: readonly LineKind[], text: (k: number) => string, scores: PageScores): Entry[] {
  const out = [...entries];
  let from = 0;
  for (let i = 0; i <= out.length; i++) {
    const entry = out[i];
    if (entry !== undefined && !(entry.kind === 'line' && kinds[entry.index] === 'heading')) continue;
    const slots = out.slice(from, i).flatMap((e, j) => (e.kind === 'fragment' ? [from + j] : []));
    const placed = placeNumberedHeads(
      slots.map((j) => (out[j] as { k: number }).k),
      text,
      scores.evidence,
      scores.hold,
    );
    slots.forEach((j, n) => (out[j] = { kind: 'fragment', k: placed[n]! }));
    from = i + 1;
  }
  return out;
}
