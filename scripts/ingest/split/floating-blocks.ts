// Blocks the OCR dropped between the lines of the text, often in the middle of a sentence: photo
// captions (a line or two ending in a credit, or led by ▲) and pull quotes (a sentence of the
// text printed again in large type, with its speaker). On the page they float: wider gaps than
// the text's own set them apart above and below. They are lifted out so the sentence they cut
// can be made whole; captions are kept, pull quotes dropped (the text holds their words).
import { countHan, endsSentence, printedWidth } from '../char-classes.ts';
import { type PageLine, usualGap } from '../read-page/page-lines.ts';

export { usualGap } from '../read-page/page-lines.ts';
import { isCaptionLine } from '../read-page/captions.ts';
import { parseBylineLine } from '../read-page/bylines.ts';
import { DASH_LEAD } from './headline-roles.ts';
import { SPLIT } from './knobs.ts';

export interface Floating {
  /** Captions, each with the index of its first line. */
  captions: Array<{ text: string; at: number; lines: number[] }>;
  /** Indexes of lines that are not text: captions and pull quotes. */
  lifted: Set<number>;
  pullQuotes: number;
  /** Indexes of lines set apart alone (one-line runs) that are neither: a subhead, if short and no sentence (units.ts). */
  alone: Set<number>;
}

const ATTRIBUTION = /^[—–-]{1,2}\s*\S/u;
const QUOTE_OPEN = /^["“「『]/u;

/** Runs of lines set apart from their neighbours by gaps wider than the page's usual one. */
function floatingRuns(lines: readonly PageLine[], typical: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  let start = 0;
  for (let i = 1; i <= lines.length; i++) {
    if (i < lines.length && lines[i]!.gapBefore <= typical) continue;
    const before = start === 0 ? Infinity : lines[start]!.gapBefore;
    const after = i === lines.length ? Infinity : lines[i]!.gapBefore;
    if (before > typical && after > typical && i - start <= SPLIT.maxFloatingLines) runs.push([start, i - 1]);
    start = i;
  }
  return runs;
}

const hanOnly = (text: string) => text.replace(/[^\p{Script=Han}]/gu, '');

/** Share of the block's characters covered by runs of SPLIT.quoteGram characters found in the text. */
function repeatedShare(block: string, text: string): number {
  const chars = Array.from(block);
  const k = SPLIT.quoteGram;
  const covered = new Array<boolean>(chars.length).fill(false);
  for (let i = 0; i + k <= chars.length; i++) {
    if (text.includes(chars.slice(i, i + k).join(''))) covered.fill(true, i, i + k);
  }
  return chars.length === 0 ? 0 : covered.filter(Boolean).length / chars.length;
}

/** A caption line holding a sentence of description besides its credit. */
function describedCredit(text: string): boolean {
  return /[。！？]/u.test(text) && countHan(text) >= SPLIT.minDescribedCredit;
}

function isCaptionBlock(texts: readonly string[]): boolean {
  const last = texts.at(-1)!;
  return texts.length <= SPLIT.maxCaptionLines && (isCaptionLine(last) || /^[▲△★☆]/u.test(texts[0]!));
}

export function liftFloating(lines: readonly PageLine[], isItemLead: (i: number) => boolean = () => false): Floating {
  const typical = usualGap(lines);
  const runs = floatingRuns(lines, typical);
  const inRun = new Set(runs.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, k) => a + k)));
  const text = hanOnly(
    lines
      .filter((_, i) => !inRun.has(i))
      .map((l) => l.text)
      .join(''),
  );
  const out: Floating = { captions: [], lifted: new Set(), pullQuotes: 0, alone: new Set() };
  runs.forEach(([a, b]) => {
    const texts = lines.slice(a, b + 1).map((l) => l.text.trim());
    // A short line floating right before another photo's caption describes a photo of its own.
    const next = lines[b + 1];
    const beforeCaption = next !== undefined && isCaptionLine(next.text.trim()) && !isItemLead(b + 1);
    const describesPhoto = a === b && beforeCaption && printedWidth(texts[0]!) <= SPLIT.maxPhotoLabelWidth && !endsSentence(texts[0]!) && !/[，,、]$/u.test(texts[0]!);
    if ((isCaptionBlock(texts) && !isItemLead(a)) || describesPhoto) {
      // A last line that describes its photo itself (`6月7日，…在体验VR设备。 本报记者 林涛 摄`),
      // under a line that ends its sentence, is the whole caption: the lines above it are the
      // page's text. (A caption wrapped over two lines runs on: its first line ends mid-sentence.)
      // A byline standing over the photo is the article's, not the caption's.
      let from = texts.length > 1 && describedCredit(texts.at(-1)!) && endsSentence(texts.at(-2)!) ? b : a;
      while (from <= b && parseBylineLine(texts[from - a]!) !== undefined) from++;
      if (from > b) return;
      out.captions.push({ text: texts.slice(from - a).join(''), at: from, lines: lines.slice(from, b + 1).map((l) => l.lineNo) });
      for (let i = from; i <= b; i++) out.lifted.add(i);
      return;
    }
    // A pull quote: its words are the text's, or it is a quotation with its speaker under it.
    const quoteEnd = ATTRIBUTION.test(texts.at(-1)!) && texts.length > 1 ? texts.length - 1 : texts.length;
    const quote = hanOnly(texts.slice(0, quoteEnd).join(''));
    const attributed = quoteEnd < texts.length && QUOTE_OPEN.test(texts[0]!);
    // A pull quote stands inside the text (text above it) and reads as speech or a sentence.
    const speech = /[，。！？“”"「」,!?]/u.test(texts.join(''));
    if (a === 0 || countHan(quote) < SPLIT.minQuoteChars || /[：:]$/u.test(texts[0]!) || !speech) return;
    // Over a `——` subtitle or a byline it is a headline, however quoted (an interview's often is).
    const under = next?.text.trim() ?? '';
    if (DASH_LEAD.test(under) || parseBylineLine(under) !== undefined) return;
    if (attributed || repeatedShare(quote, text) >= SPLIT.quoteRepeatShare) {
      for (let i = a; i <= b; i++) out.lifted.add(i);
      out.pullQuotes++;
    }
  });
  for (const [a, b] of runs) if (a === b && a > 0 && !out.lifted.has(a)) out.alone.add(a);
  return out;
}
