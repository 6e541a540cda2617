// The language model's tables in a compact form that loads without parsing: the vocabulary as
// text (a word's id is its line), bigrams and trigrams as sorted numeric keys (word ids combined
// into one exact integer below 2^53) with their log10 probabilities and back-off weights.

export interface NgramTables {
  words: string[];
  /** log10 P(w) and the back-off weight of w as a context, by word id. */
  unigramLogProb: Float32Array;
  unigramBackoff: Float32Array;
  /** Sorted keys id1 * V + id2, their log10 P(w2 | w1) and back-off weights. */
  bigramKeys: Float64Array;
  bigramLogProb: Float32Array;
  bigramBackoff: Float32Array;
  /** Sorted keys (id1 * V + id2) * V + id3 and their log10 P(w3 | w1 w2). */
  trigramKeys: Float64Array;
  trigramLogProb: Float32Array;
}

export const bigramKey = (size: number, a: number, b: number): number => a * size + b;
export const trigramKey = (size: number, a: number, b: number, c: number): number => (a * size + b) * size + c;

/** Index of `key` in the sorted `keys` (between `lo` and `hi`, both included), or -1. */
export function findKey(keys: Float64Array, key: number, lo = 0, hi = keys.length - 1): number {
  while (lo <= hi) {
    const mid = (lo + hi) >>> 1;
    const k = keys[mid]!;
    if (k === key) return mid;
    if (k < key) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/**
 * Where each first word's keys start in sorted `keys` made as `first * stride + rest` (rest below
 * stride), one entry more than `words` at the end: a lookup searches only its first word's few
 * keys, not all two million.
 */
export function firstWordStarts(keys: Float64Array, words: number, stride: number): Uint32Array {
  const starts = new Uint32Array(words + 1);
  let at = 0;
  for (let first = 0; first <= words; first++) {
    // first * stride is exact (below 2^53): the keys are whole numbers of that size.
    const from = first * stride;
    while (at < keys.length && keys[at]! < from) at++;
    starts[first] = at;
  }
  return starts;
}

export function encodeVocab(tables: Pick<NgramTables, 'words' | 'unigramLogProb' | 'unigramBackoff'>): string {
  return tables.words.map((w, i) => `${w}\t${tables.unigramLogProb[i]}\t${tables.unigramBackoff[i]}`).join('\n');
}

export function decodeVocab(text: string): Pick<NgramTables, 'words' | 'unigramLogProb' | 'unigramBackoff'> {
  const lines = text.split('\n').filter(Boolean);
  const words: string[] = [];
  const unigramLogProb = new Float32Array(lines.length);
  const unigramBackoff = new Float32Array(lines.length);
  lines.forEach((line, i) => {
    const [word, p, b] = line.split('\t');
    words.push(word!);
    unigramLogProb[i] = Number(p);
    unigramBackoff[i] = Number(b);
  });
  return { words, unigramLogProb, unigramBackoff };
}

/** Concatenates typed arrays into one buffer (each section starts 8-byte aligned). */
export function packArrays(arrays: ReadonlyArray<Float64Array | Float32Array>): Buffer {
  const sizes = arrays.map((a) => Math.ceil(a.byteLength / 8) * 8);
  const out = Buffer.alloc(sizes.reduce((n, s) => n + s, 0));
  let at = 0;
  arrays.forEach((a, i) => {
    Buffer.from(a.buffer, a.byteOffset, a.byteLength).copy(out, at);
    at += sizes[i]!;
  });
  return out;
}

/** The arrays `packArrays` wrote, given their kinds and the number of entries. */
export function unpackArrays(buffer: Uint8Array, count: number, kinds: ReadonlyArray<'f64' | 'f32'>): Array<Float64Array | Float32Array> {
  // Typed arrays need aligned offsets: copy once if the buffer is not.
  const bytes = buffer.byteOffset % 8 === 0 ? buffer : new Uint8Array(buffer);
  const out: Array<Float64Array | Float32Array> = [];
  let at = bytes.byteOffset;
  for (const kind of kinds) {
    const width = kind === 'f64' ? 8 : 4;
    out.push(kind === 'f64' ? new Float64Array(bytes.buffer, at, count) : new Float32Array(bytes.buffer, at, count));
    at += Math.ceil((count * width) / 8) * 8;
  }
  if (at - bytes.byteOffset !== bytes.byteLength) throw new Error(`table holds ${bytes.byteLength} bytes, expected ${at - bytes.byteOffset} for ${count} entries`);
  return out;
}
