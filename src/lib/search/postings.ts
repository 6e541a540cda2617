// One bucket file of the n-gram index: for each key (a gram's hash) the documents holding it, as
// varints, keys and document numbers each as gaps from the one before. Binary, because most keys
// have one or two documents and JSON would spend more on punctuation than on numbers.

export type Postings = Map<number, number[]>;

class Writer {
  private bytes: number[] = [];
  varint(value: number): void {
    let v = value;
    while (v >= 0x80) {
      this.bytes.push((v & 0x7f) | 0x80);
      v = Math.floor(v / 0x80);
    }
    this.bytes.push(v);
  }
  done(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

/** Keys and documents ascending; every key's list holds at least one document. */
export function encodeBucket(postings: Postings): Uint8Array {
  const w = new Writer();
  const keys = [...postings.keys()].sort((a, b) => a - b);
  w.varint(keys.length);
  let lastKey = 0;
  for (const key of keys) {
    const docs = postings.get(key)!;
    w.varint(key - lastKey);
    lastKey = key;
    w.varint(docs.length);
    let lastDoc = 0;
    for (const doc of docs) {
      w.varint(doc - lastDoc);
      lastDoc = doc;
    }
  }
  return w.done();
}

/** The documents of the wanted keys (a key the bucket lacks maps to an empty list). */
export function decodeBucket(bytes: Uint8Array, wanted: Iterable<number>): Postings {
  const want = new Set(wanted);
  const out: Postings = new Map([...want].map((k) => [k, []]));
  let at = 0;
  const varint = (): number => {
    let value = 0;
    let scale = 1;
    for (;;) {
      const b = bytes[at++];
      if (b === undefined) throw new Error('search index: bucket file ends inside a number');
      value += (b & 0x7f) * scale;
      if (b < 0x80) return value;
      scale *= 0x80;
    }
  };
  const count = varint();
  let key = 0;
  for (let i = 0; i < count && want.size > 0; i++) {
    key += varint();
    const n = varint();
    const docs: number[] = [];
    let doc = 0;
    for (let j = 0; j < n; j++) {
      doc += varint();
      docs.push(doc);
    }
    if (want.has(key)) {
      out.set(key, docs);
      want.delete(key);
    }
  }
  return out;
}

/** Documents in every list (lists ascending). */
export function intersect(lists: ReadonlyArray<readonly number[]>): number[] {
  if (lists.length === 0) return [];
  const sorted = [...lists].sort((a, b) => a.length - b.length);
  let acc = [...sorted[0]!];
  for (const list of sorted.slice(1)) {
    const set = new Set(list);
    acc = acc.filter((d) => set.has(d));
    if (acc.length === 0) break;
  }
  return acc;
}

/** Documents in any list, ascending. */
export function union(lists: ReadonlyArray<readonly number[]>): number[] {
  return [...new Set(lists.flat())].sort((a, b) => a - b);
}
