// Suspected OCR misreads: a character the OCR swapped for a look-alike (己 for 已, 兔 for 免, 培 for
// 倍) leaves a string that is no word, where putting one character back makes a common one. Each
// single-character piece of jieba's segmentation (and each piece of a word the dictionary barely
// knows, 刃片) is tried: the words of up to four characters around it that one other character
// would make (jieba's dictionary), or the character's closest look-alike on its own. A proposal
// is made only where the two characters look alike (confusion.ts: the same glyph, or the same
// component where it stands), the text as found reads as no word, and the language model reads
// the proposal much likelier in its context. Nothing inside a name is suspected (names.ts). The
// strongest are kept, at most one per CHARS_PER_FLAG characters (rounded up). Nothing is applied:
// an editor accepts a proposal by copying it into the sidecar's `corrections`.
import type { Glyphs } from '../../../../src/core/language-model/glyphs.ts';
import type { LanguageModel } from '../../../../src/core/language-model/model.ts';
import { modelWords } from '../../../../src/core/language-model/words.ts';
import { TextMemory } from '../../../../src/core/remember-by-text.ts';
import { segmentWords } from '../../../../src/core/segment-words.ts';
import { confusion, confusionWith, lookAlikeChars } from './confusion.ts';
import { maskAt, wordIndex } from './dictionary.ts';
import { CHARS_PER_FLAG, CONTEXT_WORDS, LIKENESS_WEIGHT, MAX_SPAN, MIN_GAIN, MIN_SCORE, MIN_SURPRISE, MIN_WORD_FREQUENCY, RARE_FOUND, RARE_RATIO } from './knobs.ts';
import { insideNames, namesIn } from './names.ts';
import { isTraditional } from './script.ts';

export interface Suspect {
  file: string;
  line: number;
  /** The text as the OCR gave it, and what it may have been. */
  found: string;
  proposal: string;
  /** The words around it, for the report. */
  context: string;
  reason: string;
  /** How strongly the model prefers the proposal (nats, with the look-alike's weight). */
  score: number;
}

export interface SuspectSources {
  model: LanguageModel;
  glyphs?: Glyphs | undefined;
}

type Paragraph = { line: number; text: string };

/**
 * Suspects in one file's text, given paragraph by paragraph (`line`: the raw file's line number
 * where the paragraph starts), the strongest within the budget of one per CHARS_PER_FLAG.
 */
export function findSuspects(file: string, paragraphs: readonly Paragraph[], sources: SuspectSources, vouched: readonly string[] = []): Suspect[] {
  const characters = paragraphs.reduce((n, p) => n + Array.from(p.text.replace(/\s+/gu, '')).length, 0);
  return withinBudget(candidateSuspects(file, paragraphs, sources, vouched), Math.ceil(characters / CHARS_PER_FLAG));
}

/**
 * Every suspect, however weak (for measuring). Paragraphs in Traditional characters are skipped:
 * the model reads Simplified. `vouched`: text an editor wrote (the sidecar's corrections), never suspected.
 */
export function candidateSuspects(file: string, paragraphs: readonly Paragraph[], sources: SuspectSources, vouched: readonly string[] = []): Suspect[] {
  // A name found anywhere in the file is a name everywhere in it (何立群说 … 何立群记得).
  const names = [...namesIn(paragraphs.map((p) => p.text).join('\n')), ...vouched];
  const all: Suspect[] = [];
  for (const { line, text } of paragraphs) {
    if (isTraditional(text)) continue;
    const inside = insideNames(text, names);
    const chars = Array.from(text);
    for (let at = 0; at < chars.length; ) {
      if (!/\p{Script=Han}/u.test(chars[at]!)) {
        at++;
        continue;
      }
      let end = at;
      while (end < chars.length && /\p{Script=Han}/u.test(chars[end]!)) end++;
      all.push(...suspectsInRun(file, line, chars.slice(at, end), inside.slice(at, end), sources));
      at = end;
    }
  }
  return all;
}

function withinBudget(all: Suspect[], budget: number): Suspect[] {
  // The strongest first; one flag per place.
  const kept: Suspect[] = [];
  for (const s of all.sort((a, b) => b.score - a.score)) {
    if (kept.length >= budget) break;
    if (!kept.some((k) => k.line === s.line && k.context === s.context)) kept.push(s);
  }
  return kept;
}

/** The characters of one Han run that a misread may hide in: single-character words, and pieces of words the dictionary barely knows. */
function suspectsInRun(file: string, line: number, chars: readonly string[], inside: readonly boolean[], sources: SuspectSources): Suspect[] {
  const words = segmentWords(chars.join(''));
  const { frequency } = wordIndex();
  const out: Suspect[] = [];
  // Where each word starts, in characters: the window around a word is found in constant time.
  const starts = [0];
  for (const word of words) starts.push(starts.at(-1)! + Array.from(word).length);
  const ids = words.map((word) => sources.model.id(word));
  let start = 0;
  words.forEach((word, w) => {
    const length = Array.from(word).length;
    const rare = length > 1 && (frequency.get(word) ?? 0) <= RARE_FOUND && !sources.model.has(word);
    // A single character that reads on in its context, as the model sees it, hides no misread.
    const expected = length === 1 && surprise(sources.model, ids, w) < MIN_SURPRISE;
    for (let pos = start; pos < start + length; pos++) {
      if (inside[pos] || (length > 1 && !rare) || expected) continue;
      const best = bestProposal({ chars, pos, words, starts, w, rareFound: rare ? word : undefined }, sources);
      if (best) out.push({ file, line, ...best });
    }
    start += length;
  });
  return out;
}

/** How unlikely the model finds word w where it stands, with the word after it (nats). */
function surprise(model: LanguageModel, ids: ReadonlyArray<number | undefined>, w: number): number {
  const id = ids[w];
  if (id === undefined) return Infinity;
  const here = -model.logProb(id, ids.slice(Math.max(0, w - 2), w));
  const next = ids[w + 1];
  return here + (next === undefined ? 0 : -model.logProb(next, ids.slice(Math.max(0, w - 1), w + 1)));
}

type Proposal = Omit<Suspect, 'file' | 'line'>;

interface Place {
  chars: readonly string[];
  /** The character tried, and the word of the segmentation it is in. */
  pos: number;
  words: readonly string[];
  /** Where each word starts (and, last, where the run ends). */
  starts: readonly number[];
  w: number;
  /** The rare dictionary word it is in, if any: a proposal must be much commoner. */
  rareFound: string | undefined;
}

/** The best one-character change at `pos`, if any reads much better. */
function bestProposal(place: Place, sources: SuspectSources): Proposal | undefined {
  const { chars, pos, starts, w } = place;
  const { model } = sources;
  const windowStart = starts[Math.max(0, w - CONTEXT_WORDS)]!;
  const window = chars.slice(windowStart, starts[Math.min(starts.length - 1, w + 1 + CONTEXT_WORDS)]);
  const original = model.sequenceLogProb(modelWords(model, window.join('')));
  let best: Proposal | undefined;
  for (const { found, proposal, replacement } of changesAt(place, sources)) {
    const look = confusion(sources.glyphs, chars[pos]!, replacement);
    if (!look) continue;
    const changed = [...window];
    changed[pos - windowStart] = replacement;
    const gain = model.sequenceLogProb(modelWords(model, changed.join(''))) - original;
    const score = gain + LIKENESS_WEIGHT * look.likeness;
    if (gain < MIN_GAIN || score < MIN_SCORE || (best && best.score >= score)) continue;
    const shape = look.kind === 'glyph' ? '字形相近' : '部件相同';
    best = {
      found,
      proposal,
      context: window.join(''),
      reason: `${found}${place.rareFound ? '罕见' : '不成词'}；“${chars[pos]}”与“${replacement}”${shape}，改作“${proposal}”语言模型的可能性高 ${gain.toFixed(1)}（自然对数）`,
      score,
    };
  }
  return best;
}

/** The one-character changes at `pos` that make a dictionary word around it, or a look-alike character alone. */
function changesAt({ chars, pos, rareFound }: Place, sources: SuspectSources): Array<{ found: string; proposal: string; replacement: string }> {
  const { frequency } = wordIndex();
  const out: Array<{ found: string; proposal: string; replacement: string }> = [];
  const floor = rareFound ? Math.max(MIN_WORD_FREQUENCY, RARE_RATIO * (frequency.get(rareFound) ?? 1)) : MIN_WORD_FREQUENCY;
  for (let start = Math.max(0, pos - MAX_SPAN + 1); start <= pos; start++) {
    for (let end = pos + 1; end <= Math.min(chars.length, start + MAX_SPAN); end++) {
      if (end - start < 2) continue;
      const found = chars.slice(start, end).join('');
      // A word either dictionary knows is no misread (unless barely known, and the proposal far commoner).
      if (found !== rareFound && (frequency.has(found) || sources.model.has(found))) continue;
      for (const change of spanChanges(found, pos - start, floor, sources)) out.push({ found, ...change });
    }
  }
  // A single character read as its closest look-alike (己 for 已): the model alone judges.
  if (!rareFound) for (const other of lookAlikeChars(sources.glyphs, chars[pos]!)) out.push({ found: chars[pos]!, proposal: other, replacement: other });
  return out;
}

// The same span with the same character masked recurs all through a text: its proposals are
// worked out once.
const spanCache = new TextMemory<Array<{ proposal: string; replacement: string }>>(50_000);

/** The dictionary words the span makes with its `at`-th character swapped for a look-alike. */
function spanChanges(span: string, at: number, floor: number, sources: SuspectSources): Array<{ proposal: string; replacement: string }> {
  return spanCache.answer(`${span}\u0000${at}\u0000${floor}`, () => lookAlikeWords(span, at, floor, sources));
}

function lookAlikeWords(span: string, at: number, floor: number, sources: SuspectSources): Array<{ proposal: string; replacement: string }> {
  const chars = Array.from(span);
  const out: Array<{ proposal: string; replacement: string }> = [];
  const fitting = wordIndex().masked.get(maskAt(chars, at));
  if (!fitting) return out;
  const alike = confusionWith(sources.glyphs, chars[at]!);
  const { words, frequency, filling } = fitting;
  for (let i = 0; i < words.length && frequency[i]! >= floor; i++) {
    // Only a look-alike is a misread this finder proposes (confusion.ts, worked out once a pair).
    if (alike(filling[i]!)) out.push({ proposal: words[i]!, replacement: filling[i]! });
  }
  return out;
}
