// A word trigram model with Katz back-off over the tables of tables.ts: the probability of a word
// after the one or two words before it, backing off to shorter contexts where the longer one was
// never seen. Log probabilities are returned in nats (the ARPA tables hold log10).
import { bigramKey, findKey, trigramKey, type NgramTables } from './tables.ts';

const LN10 = Math.LN10;

export class LanguageModel {
  readonly size: number;
  private readonly ids: Map<string, number>;

  constructor(private readonly tables: NgramTables) {
    this.size = tables.words.length;
    this.ids = new Map(tables.words.map((w, i) => [w, i]));
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
    const t = this.tables;
    const b = context.at(-1);
    const a = context.length >= 2 ? context.at(-2) : undefined;
    if (b === undefined) return t.unigramLogProb[id]! * LN10;
    if (a !== undefined) {
      const tri = findKey(t.trigramKeys, trigramKey(this.size, a, b, id));
      if (tri >= 0) return t.trigramLogProb[tri]! * LN10;
      const ctx = findKey(t.bigramKeys, bigramKey(this.size, a, b));
      const backoff = ctx >= 0 ? t.bigramBackoff[ctx]! : 0;
      return (backoff + this.bigram(b, id)) * LN10;
    }
    return this.bigram(b, id) * LN10;
  }

  /** log10 P(id | b) with back-off to the unigram. */
  private bigram(b: number, id: number): number {
    const t = this.tables;
    const bi = findKey(t.bigramKeys, bigramKey(this.size, b, id));
    if (bi >= 0) return t.bigramLogProb[bi]!;
    return t.unigramBackoff[b]! + t.unigramLogProb[id]!;
  }

  /** ln P of the words in order, each given the ones before it (and `context` before them all). */
  sequenceLogProb(ids: ReadonlyArray<number | undefined>, context: ReadonlyArray<number | undefined> = [], unknown = this.unknownLogProb()): number {
    let total = 0;
    const history = [...context.slice(-2)];
    for (const id of ids) {
      total += id === undefined ? unknown : this.logProb(id, history);
      history.push(id);
      if (history.length > 2) history.shift();
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
