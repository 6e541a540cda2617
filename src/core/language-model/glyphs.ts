// OCR look-alikes from the characters' shapes: the 16×16 bitmaps of GNU Unifont (written to the
// cache by the setup step, glyphs.hex), compared by the share of ink two glyphs have in common
// (Jaccard index). At this size 己 and 已, 兔 and 免, 伐 and 代 are nearly the same picture, which
// is what makes an OCR read one for the other. Characters that share a component where it stands
// (培/倍, 脾/牌, 瑞/端, 折/析: the same right or lower part) have nearly the same pixels there:
// `componentLikeness` compares those parts alone.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GLYPH_FILE, languageModelDir } from './paths.ts';

export class Glyphs {
  private readonly bits: Map<string, Uint32Array>;
  /** Every glyph, by ink (least first): its character, its eight words in one flat array, its ink.
   * Glyphs far from a character's ink cannot be much like it (lookAlikes), and the search over all
   * of them runs over typed arrays. */
  private readonly chars: string[];
  private readonly words: Uint32Array;
  private readonly inks: Int32Array;
  private readonly cache = new Map<string, Array<{ char: string; likeness: number }>>();

  /** `hex`: lines `4E00:<64 hex digits>`, Unifont's format for 16×16 glyphs. */
  constructor(hex: string) {
    this.bits = new Map();
    for (const line of hex.split('\n')) {
      const [code, digits] = line.trim().split(':');
      if (!code || digits?.length !== 64) continue;
      const words = new Uint32Array(8);
      for (let i = 0; i < 8; i++) words[i] = Number.parseInt(digits.slice(i * 8, i * 8 + 8), 16);
      this.bits.set(String.fromCodePoint(Number.parseInt(code, 16)), words);
    }
    const all = [...this.bits].map(([char, words]) => ({ char, words, ink: ink(words) })).sort((x, y) => x.ink - y.ink);
    this.chars = all.map((g) => g.char);
    this.inks = Int32Array.from(all, (g) => g.ink);
    this.words = new Uint32Array(all.length * 8);
    all.forEach((g, k) => this.words.set(g.words, k * 8));
  }

  has(char: string): boolean {
    return this.bits.has(char);
  }

  /** Share of ink two glyphs have in common (0–1), or 0 when either is unknown. */
  likeness(a: string, b: string): number {
    const x = this.bits.get(a);
    const y = this.bits.get(b);
    if (!x || !y) return 0;
    let both = 0;
    let either = 0;
    for (let i = 0; i < 8; i++) {
      both += popcount(x[i]! & y[i]!);
      either += popcount(x[i]! | y[i]!);
    }
    return either === 0 ? 0 : both / either;
  }

  /**
   * The likeness of the two glyphs' right parts or lower parts, whichever is higher (the parts cut
   * at a few columns or rows, for components of different widths): high where the characters
   * share the component that carries their sound (培/倍 0.79, 脾/牌 1), not only a radical.
   */
  componentLikeness(a: string, b: string): number {
    const x = this.bits.get(a);
    const y = this.bits.get(b);
    if (!x || !y) return 0;
    let best = 0;
    for (const cut of COMPONENT_CUTS) best = Math.max(best, partLikeness(x, y, (1 << (16 - cut)) - 1, 0), partLikeness(x, y, 0xffff, cut));
    return best;
  }

  /**
   * The `count` characters likest to `char`, likest first; with `atLeast`, only those at least
   * that alike. Two glyphs' likeness is at most the ratio of their inks, so only glyphs of nearly
   * the same ink are compared when a floor is given (a tenth of them at 0.8).
   */
  lookAlikes(char: string, count: number, atLeast = 0): Array<{ char: string; likeness: number }> {
    const key = `${char}:${count}:${atLeast}`;
    const known = this.cache.get(key);
    if (known) return known;
    const x = this.bits.get(char);
    if (!x) return [];
    const own = ink(x);
    const best: Array<{ char: string; likeness: number }> = [];
    const from = this.firstWithInk(own * atLeast, false);
    const to = atLeast > 0 ? this.firstWithInk(own / atLeast, true) : this.chars.length;
    const { words, inks } = this;
    const [x0, x1, x2, x3, x4, x5, x6, x7] = x as unknown as number[];
    for (let k = from; k < to; k++) {
      const o = k * 8;
      // Unrolled: this loop runs over thousands of glyphs for each new character.
      const both =
        popcount(x0! & words[o]!) +
        popcount(x1! & words[o + 1]!) +
        popcount(x2! & words[o + 2]!) +
        popcount(x3! & words[o + 3]!) +
        popcount(x4! & words[o + 4]!) +
        popcount(x5! & words[o + 5]!) +
        popcount(x6! & words[o + 6]!) +
        popcount(x7! & words[o + 7]!);
      const likeness = both / (own + inks[k]! - both);
      if (best.length < count || likeness > best.at(-1)!.likeness) {
        const other = this.chars[k]!;
        if (other === char) continue;
        best.push({ char: other, likeness });
        best.sort((p, q) => q.likeness - p.likeness);
        if (best.length > count) best.pop();
      }
    }
    const kept = best.filter((b) => b.likeness >= atLeast);
    this.cache.set(key, kept);
    return kept;
  }

  /** The first glyph (by ink) whose ink is above `limit` (or, `inclusive`, at least past it). */
  private firstWithInk(limit: number, inclusive: boolean): number {
    let lo = 0;
    let hi = this.inks.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const here = this.inks[mid]!;
      if (here < limit || (inclusive && here === limit)) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Where the parts compared are cut: columns (right parts) or rows (lower parts) from the left or top. */
const COMPONENT_CUTS = [5, 6, 7, 8];
/** Less ink than this in a part and it is no component (a stroke or two). */
const MIN_PART_INK = 12;

/** Row `row` (16 pixels) of a glyph, stored two rows to a 32-bit word. */
const rowOf = (glyph: Uint32Array, row: number): number => (glyph[row >> 1]! >>> (row % 2 === 0 ? 16 : 0)) & 0xffff;

/** Jaccard likeness of the parts of two glyphs that `columns` (a mask of each row) keeps, from row `fromRow` down. */
function partLikeness(x: Uint32Array, y: Uint32Array, columns: number, fromRow: number): number {
  let both = 0;
  let either = 0;
  let inkX = 0;
  let inkY = 0;
  for (let row = fromRow; row < 16; row++) {
    const p = rowOf(x, row) & columns;
    const q = rowOf(y, row) & columns;
    both += popcount(p & q);
    either += popcount(p | q);
    inkX += popcount(p);
    inkY += popcount(q);
  }
  return either === 0 || inkX < MIN_PART_INK || inkY < MIN_PART_INK ? 0 : both / either;
}

function popcount(n: number): number {
  n -= (n >>> 1) & 0x55555555;
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return Math.imul((n + (n >>> 4)) & 0x0f0f0f0f, 0x01010101) >>> 24;
}

const ink = (words: Uint32Array): number => words.reduce((n, w) => n + popcount(w), 0);

let loaded: Glyphs | undefined | null;

/** The glyphs from the cache, or undefined when the setup step has not written them. */
export function glyphs(dir = languageModelDir()): Glyphs | undefined {
  if (loaded !== undefined) return loaded ?? undefined;
  const path = join(dir, GLYPH_FILE);
  loaded = existsSync(path) && process.env.ARCHIVE_LM !== 'off' ? new Glyphs(readFileSync(path, 'utf8')) : null;
  return loaded ?? undefined;
}
