// An ARPA back-off language model (the text format SRILM and KenLM write) read into the compact
// tables of tables.ts. Lines come one at a time, so a model of millions of n-grams is read as it
// is decompressed, never held as text.
import { bigramKey, trigramKey, type NgramTables } from './tables.ts';

export class ArpaError extends Error {}

/** Reads unigrams, bigrams and trigrams; higher orders are skipped. */
export async function readArpa(lines: AsyncIterable<string> | Iterable<string>): Promise<NgramTables> {
  const counts: number[] = [];
  let section = -1;
  const ids = new Map<string, number>();
  const words: string[] = [];
  const uni: { p: number[]; b: number[] } = { p: [], b: [] };
  const bi: { k: number[]; p: number[]; b: number[] } = { k: [], p: [], b: [] };
  const tri: { k: number[]; p: number[] } = { k: [], p: [] };
  let lineNo = 0;
  for await (const raw of lines) {
    lineNo++;
    const line = raw.trim();
    if (line === '') continue;
    const header = /^\\(\d)-grams:$/u.exec(line);
    if (header) {
      section = Number(header[1]);
      continue;
    }
    if (line === '\\data\\' || line === '\\end\\') {
      section = 0;
      continue;
    }
    if (section === 0) {
      const m = /^ngram (\d+)=(\d+)$/u.exec(line);
      if (m) counts[Number(m[1])] = Number(m[2]);
      continue;
    }
    if (section < 1 || section > 3) continue;
    const [p, gram, b] = line.split('\t');
    const grams = gram?.split(' ') ?? [];
    if (p === undefined || grams.length !== section) throw new ArpaError(`line ${lineNo}: expected a ${section}-gram, got "${line.slice(0, 60)}"`);
    if (section === 1) {
      ids.set(grams[0]!, words.length);
      words.push(grams[0]!);
      uni.p.push(Number(p));
      uni.b.push(Number(b ?? 0));
      continue;
    }
    const gramIds = grams.map((g) => ids.get(g));
    if (gramIds.some((id) => id === undefined)) throw new ArpaError(`line ${lineNo}: word not among the unigrams in "${gram}"`);
    const size = counts[1] ?? words.length;
    if (section === 2) {
      bi.k.push(bigramKey(size, gramIds[0]!, gramIds[1]!));
      bi.p.push(Number(p));
      bi.b.push(Number(b ?? 0));
    } else {
      tri.k.push(trigramKey(size, gramIds[0]!, gramIds[1]!, gramIds[2]!));
      tri.p.push(Number(p));
    }
  }
  if (words.length === 0) throw new ArpaError('no unigrams: not an ARPA model');
  if (counts[1] !== undefined && counts[1] !== words.length) throw new ArpaError(`header says ${counts[1]} unigrams, found ${words.length}`);
  const [bigramKeys, bigramLogProb, bigramBackoff] = sortedColumns(bi.k, [bi.p, bi.b]);
  const [trigramKeys, trigramLogProb] = sortedColumns(tri.k, [tri.p]);
  return {
    words,
    unigramLogProb: Float32Array.from(uni.p),
    unigramBackoff: Float32Array.from(uni.b),
    bigramKeys: bigramKeys as Float64Array,
    bigramLogProb: bigramLogProb as Float32Array,
    bigramBackoff: bigramBackoff as Float32Array,
    trigramKeys: trigramKeys as Float64Array,
    trigramLogProb: trigramLogProb as Float32Array,
  };
}

/** Keys sorted ascending, with the value columns in the same order. */
function sortedColumns(keys: number[], columns: number[][]): Array<Float64Array | Float32Array> {
  const order = Uint32Array.from(keys.keys()).sort((a, b) => keys[a]! - keys[b]!);
  return [Float64Array.from(order, (i) => keys[i]!), ...columns.map((c) => Float32Array.from(order, (i) => c[i]!))];
}
