// Suspected OCR misreads: a character the OCR swapped for a look-alike (己 for 已, 兔 for 免,
// 核 for 器) leaves a string that is no word, where putting one character back makes a common one.
// Each single-character piece of jieba's segmentation is tried: the words of up to four
// characters around it that one other character would make (jieba's dictionary), read in their
// context by the language model; a proposal must read much likelier, the more so when the
// character is no look-alike of the one it replaces (GNU Unifont's glyphs, glyphs.ts). The best
// proposals are kept, at most one per CHARS_PER_FLAG characters. Nothing is applied: the
// suspects are for an editor, who can turn one into a sidecar correction.
import type { Glyphs } from '../../../../src/core/language-model/glyphs.ts';
import type { LanguageModel } from '../../../../src/core/language-model/model.ts';
import { modelWords } from '../../../../src/core/language-model/words.ts';
import { segmentWords } from '../../../../src/core/segment-words.ts';
import { maskAt, wordIndex } from './dictionary.ts';
import { isTraditional } from './script.ts';
import { CHARS_PER_FLAG, CONTEXT_WORDS, LIKENESS_WEIGHT, MAX_SPAN, MIN_GAIN, MIN_LIKENESS, MIN_SCORE, MIN_WORD_FREQUENCY } from './knobs.ts';

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

/**
 * Suspects in one file's text, given paragraph by paragraph (`line`: the raw file's line number
 * where the paragraph starts), the strongest within the budget of one per CHARS_PER_FLAG.
 */
export function findSuspects(file: string, paragraphs: ReadonlyArray<{ line: number; text: string }>, sources: SuspectSources): Suspect[] {
  const characters = paragraphs.reduce((n, p) => n + Array.from(p.text.replace(/\s+/gu, '')).length, 0);
  return withinBudget(candidateSuspects(file, paragraphs, sources), Math.max(1, Math.round(characters / CHARS_PER_FLAG)));
}

/** Every suspect, however weak (for measuring). Paragraphs in Traditional characters are skipped: the model reads Simplified. */
export function candidateSuspects(file: string, paragraphs: ReadonlyArray<{ line: number; text: string }>, sources: SuspectSources): Suspect[] {
  const all: Suspect[] = [];
  for (const { line, text } of paragraphs) {
    if (isTraditional(text)) continue;
    for (const run of text.match(/\p{Script=Han}+/gu) ?? []) all.push(...suspectsInRun(file, line, run, sources));
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

function suspectsInRun(file: string, line: number, run: string, sources: SuspectSources): Suspect[] {
  const words = segmentWords(run);
  const out: Suspect[] = [];
  let at = 0;
  const starts = words.map((w) => {
    const s = at;
    at += Array.from(w).length;
    return s;
  });
  const chars = Array.from(run);
  words.forEach((word, w) => {
    if (Array.from(word).length !== 1) return;
    const best = bestProposal(chars, starts[w]!, words, w, sources);
    if (best) out.push({ file, line, ...best });
  });
  return out;
}

type Proposal = Omit<Suspect, 'file' | 'line'>;

/** The best one-character change at `pos` (a one-character word), if any reads much better. */
function bestProposal(chars: readonly string[], pos: number, words: readonly string[], w: number, { model, glyphs }: SuspectSources): Proposal | undefined {
  const { frequency, masked } = wordIndex();
  const from = Math.max(0, w - CONTEXT_WORDS);
  const before = words.slice(from, w).join('');
  const after = words.slice(w + 1, w + 1 + CONTEXT_WORDS).join('');
  const windowStart = pos - Array.from(before).length;
  const window = chars.slice(windowStart, pos + 1 + Array.from(after).length);
  const original = model.sequenceLogProb(modelWords(model, window.join('')));
  let best: Proposal | undefined;
  for (let start = Math.max(0, pos - MAX_SPAN + 1); start <= pos; start++) {
    for (let end = pos + 1; end <= Math.min(chars.length, start + MAX_SPAN); end++) {
      if (end - start < 2) continue;
      const span = chars.slice(start, end);
      // A word either dictionary knows is no misread.
      if (frequency.has(span.join('')) || model.has(span.join(''))) continue;
      for (const word of masked.get(maskAt(span, pos - start)) ?? []) {
        if ((frequency.get(word) ?? 0) < MIN_WORD_FREQUENCY) continue;
        const replacement = Array.from(word)[pos - start]!;
        const likeness = glyphs?.likeness(chars[pos]!, replacement) ?? 0;
        const alike = likeness >= MIN_LIKENESS;
        // The likelier the look-alike, the less the words need to gain.
        const changed = [...window];
        changed[pos - windowStart] = replacement;
        const gain = model.sequenceLogProb(modelWords(model, changed.join(''))) - original;
        const score = gain + LIKENESS_WEIGHT * likeness;
        if (gain < MIN_GAIN || score < MIN_SCORE) continue;
        if (best && best.score >= score) continue;
        const found = span.join('');
        best = {
          found,
          proposal: word,
          context: window.join(''),
          reason: `${found}不成词；${alike ? `“${chars[pos]}”与“${replacement}”字形相近，` : ''}改作“${word}”语言模型的可能性高 ${gain.toFixed(1)}（自然对数）`,
          score,
        };
      }
    }
  }
  return best;
}
