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
  private readonly all: Array<[string, Uint32Array, number]>;
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
    this.all = [...this.bits].map(([char, words]) => [char, words, ink(words)]);
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
    for (const cut of COMPONENT_CUTS) {
      const right = (1 << (16 - cut)) - 1;
      best = Math.max(best, partLikeness(x, y, () => right), partLikeness(x, y, (row) => (row >= cut ? 0xffff : 0)));
    }
    return best;
  }

  /** The `count` characters likest to `char`, likest first. */
  lookAlikes(char: string, count: number): Array<{ char: string; likeness: number }> {
    const key = `${char}:${count}`;
    const known = this.cache.get(key);
    if (known) return known;
    const x = this.bits.get(char);
    if (!x) return [];
    const own = ink(x);
    const best: Array<{ char: string; likeness: number }> = [];
    for (const [other, y, yInk] of this.all) {
      if (other === char) continue;
      let both = 0;
      for (let i = 0; i < 8; i++) both += popcount(x[i]! & y[i]!);
      const likeness = both / (own + yInk - both);
      if (best.length < count || likeness > best.at(-1)!.likeness) {
        best.push({ char: other, likeness });
        best.sort((a, b) => b.likeness - a.likeness);
        if (best.length > count) best.pop();
      }
    }
    this.cache.set(key, best);
    return best;
  }
}

/** Where the parts compared are cut: columns (right parts) or rows (lower parts) from the left or top. */
const COMPONENT_CUTS = [5, 6, 7, 8];
/** Less ink than this in a part and it is no component (a stroke or two). */
const MIN_PART_INK = 12;

/** Row `row` (16 pixels) of a glyph, stored two rows to a 32-bit word. */
const rowOf = (glyph: Uint32Array, row: number): number => (glyph[row >> 1]! >>> (row % 2 === 0 ? 16 : 0)) & 0xffff;

/** Jaccard likeness of the parts of two glyphs that `mask` keeps, row by row. */
function partLikeness(x: Uint32Array, y: Uint32Array, mask: (row: number) => number): number {
  let both = 0;
  let either = 0;
  let inkX = 0;
  let inkY = 0;
  for (let row = 0; row < 16; row++) {
    const p = rowOf(x, row) & mask(row);
    const q = rowOf(y, row) & mask(row);
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
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
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
