// A word trigram model with Katz back-off over the tables of tables.ts: the probability of a word
// after the one or two words before it, backing off to shorter contexts where the longer one was
// never seen. Log probabilities are returned in nats (the ARPA tables hold log10).
import { bigramKey, findKey, firstWordStarts, trigramKey, type NgramTables } from './tables.ts';

const LN10 = Math.LN10;

export class LanguageModel {
  readonly size: number;
  private readonly ids: Map<string, number>;
  /** Where each word's bigrams and trigrams (as the first word) start in the sorted keys. */
  private readonly bigramStarts: Uint32Array;
  private readonly trigramStarts: Uint32Array;

  constructor(private readonly tables: NgramTables) {
    this.size = tables.words.length;
    this.ids = new Map(tables.words.map((w, i) => [w, i]));
    this.bigramStarts = firstWordStarts(tables.bigramKeys, this.size, this.size);
    this.trigramStarts = firstWordStarts(tables.trigramKeys, this.size, this.size * this.size);
  }

  /** The word's id, or undefined when the model does not know it. */
  id(word: string): number | undefined {
    return this.ids.get(word);
  }

  has(word: string): boolean {
    return this.ids.has(word);
  }

  /** ln P(word) alone. */
  unigram(id: number): number {
    return this.tables.unigramLogProb[id]! * LN10;
  }

  /**
   * ln P(word | context), the context's last two ids at most counting (undefined entries, such as
   * a word the model does not know, cut the context there).
   */
  logProb(id: number, context: ReadonlyArray<number | undefined> = []): number {
    const b = context.at(-1);
    return this.logProbAfter(id, context.length >= 2 && b !== undefined ? context.at(-2) : undefined, b);
  }

  /** ln P(id | a b): `b` the word just before, `a` the one before it (undefined: no such word). */
  private logProbAfter(id: number, a: number | undefined, b: number | undefined): number {
    const t = this.tables;
    if (b === undefined) return t.unigramLogProb[id]! * LN10;
    if (a !== undefined) {
      const tri = findKey(t.trigramKeys, trigramKey(this.size, a, b, id), this.trigramStarts[a]!, this.trigramStarts[a + 1]! - 1);
      if (tri >= 0) return t.trigramLogProb[tri]! * LN10;
      const ctx = this.findBigram(a, b);
      const backoff = ctx >= 0 ? t.bigramBackoff[ctx]! : 0;
      return (backoff + this.bigram(b, id)) * LN10;
    }
    return this.bigram(b, id) * LN10;
  }

  /** log10 P(id | b) with back-off to the unigram. */
  private bigram(b: number, id: number): number {
    const t = this.tables;
    const bi = this.findBigram(b, id);
    if (bi >= 0) return t.bigramLogProb[bi]!;
    return t.unigramBackoff[b]! + t.unigramLogProb[id]!;
  }

  private findBigram(a: number, b: number): number {
    return findKey(this.tables.bigramKeys, bigramKey(this.size, a, b), this.bigramStarts[a]!, this.bigramStarts[a + 1]! - 1);
  }

  /** ln P of the words in order, each given the ones before it (and `context` before them all). */
  sequenceLogProb(ids: ReadonlyArray<number | undefined>, context: ReadonlyArray<number | undefined> = [], unknown = this.unknownLogProb()): number {
    let total = 0;
    // The two words before the next one (undefined: none, or one the model does not know).
    let a = context.length >= 2 ? context.at(-2) : undefined;
    let b = context.at(-1);
    for (const id of ids) {
      total += id === undefined ? unknown : this.logProbAfter(id, b === undefined ? undefined : a, b);
      a = b;
      b = id;
    }
    return total;
  }

  /** What a word the model does not know costs: as much as the rarest word it knows. */
  unknownLogProb(): number {
    let min = 0;
    for (const p of this.tables.unigramLogProb) if (p < min) min = p;
    const value = min * LN10;
    this.unknownLogProb = () => value;
    return value;
  }
}
