// Seeded OCR noise on printed lines, the kinds the shared corpus shows: Chinese punctuation read as
// half-width, a space between Chinese and Latin or digits, a stray space between Chinese
// characters, curly quotes read as straight ones.
import type { Random } from './random.ts';

const HALF = new Map([
  ['，', ','],
  ['：', ':'],
  ['；', ';'],
  ['（', '('],
  ['）', ')'],
  ['？', '?'],
  ['！', '!'],
]);
const isHan = (c: string) => /\p{Script=Han}/u.test(c);
const isAsciiAlnum = (c: string) => /^[A-Za-z0-9]$/u.test(c);

export interface NoiseOptions {
  /** Share of the punctuation above read as half-width. */
  half?: number;
  /** Chance of a space between Chinese and a Latin letter or digit. */
  asciiSpace?: number;
  /** Chance of a stray space between two Chinese characters. */
  stray?: number;
  straightQuotes?: boolean;
}

export class Noise {
  private readonly half: number;
  private readonly asciiSpace: number;
  private readonly stray: number;
  private readonly straightQuotes: boolean;

  constructor(
    private readonly random: Random,
    options: NoiseOptions = {},
  ) {
    this.half = options.half ?? 1;
    this.asciiSpace = options.asciiSpace ?? 0.3;
    this.stray = options.stray ?? 0.006;
    this.straightQuotes = options.straightQuotes ?? false;
  }

  line(text: string): string {
    let chars = [...text].map((c) => (HALF.has(c) && this.random.next() < this.half ? HALF.get(c)! : c));
    if (this.straightQuotes) chars = chars.map((c) => ('“”'.includes(c) ? '"' : '‘’'.includes(c) ? "'" : c));
    const out: string[] = [];
    chars.forEach((c, i) => {
      const a = chars[i - 1];
      if (a !== undefined) {
        const mixed = (isHan(a) && isAsciiAlnum(c)) || (isAsciiAlnum(a) && isHan(c));
        if (mixed && this.random.next() < this.asciiSpace) out.push(' ');
        else if (isHan(a) && isHan(c) && this.random.next() < this.stray) out.push(' ');
      }
      out.push(c);
    });
    return out.join('');
  }

  lines(lines: readonly string[]): string[] {
    return lines.map((l) => this.line(l));
  }
}
