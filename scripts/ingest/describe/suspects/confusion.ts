// Which characters an OCR confuses: those that look alike at the size a page is read, from GNU
// Unifont's 16×16 glyphs (src/core/language-model/glyphs.ts): the whole glyph nearly the same
// (己/已, 兔/免, 伐/代), or the same component where it stands (培/倍, 脾/牌, 瑞/端: the OCR got the
// component right and the radical wrong). A change between characters that share neither is no
// misread this finder proposes.
import type { Glyphs } from '../../../../src/core/language-model/glyphs.ts';
import { COMPONENT_WEIGHT, LOOK_ALIKE_COUNT, MIN_COMPONENT_LIKENESS, MIN_LIKENESS, SINGLE_LIKENESS } from './knobs.ts';

export interface Confusion {
  kind: 'glyph' | 'component';
  /** 0–1: how readily one is read for the other. */
  likeness: number;
}

// Glyphs are compared bit by bit: each pair and each character's look-alikes are worked out once.
// (By the first character, then the second: a key made of both would be a new string at every ask.)
// (null: worked out, and no confusion.)
const pairs = new Map<string, Map<string, Confusion | null>>();
const alikes = new Map<string, string[]>();

export function confusion(glyphs: Glyphs | undefined, a: string, b: string): Confusion | undefined {
  return confusionWith(glyphs, a)(b);
}

/** `confusion` with its first character fixed, for a run of questions about one character. */
export function confusionWith(glyphs: Glyphs | undefined, a: string): (b: string) => Confusion | undefined {
  if (!glyphs) return () => undefined;
  let withA = pairs.get(a);
  if (!withA) pairs.set(a, (withA = new Map()));
  const known = withA;
  return (b) => {
    if (a === b) return undefined;
    const seen = known.get(b);
    if (seen !== undefined) return seen ?? undefined;
    const found = compare(glyphs, a, b);
    known.set(b, found ?? null);
    return found;
  };
}

function compare(glyphs: Glyphs, a: string, b: string): Confusion | undefined {
  const whole = glyphs.likeness(a, b);
  if (whole >= MIN_LIKENESS) return { kind: 'glyph', likeness: whole };
  const component = glyphs.componentLikeness(a, b);
  if (component >= MIN_COMPONENT_LIKENESS) return { kind: 'component', likeness: COMPONENT_WEIGHT * component };
  return undefined;
}

/** The characters nearly the same picture as `char`, each a proposal on its own (己 → 已). */
export function lookAlikeChars(glyphs: Glyphs | undefined, char: string): string[] {
  if (!glyphs) return [];
  let found = alikes.get(char);
  if (!found) {
    found = glyphs.lookAlikes(char, LOOK_ALIKE_COUNT, SINGLE_LIKENESS).map((l) => l.char);
    alikes.set(char, found);
  }
  return found;
}
