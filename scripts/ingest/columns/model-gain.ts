// How much likelier the text across a join reads as one run than as two, by the word trigram
// model (src/core/language-model/): the words on both sides (jieba's segmentation, at most
// `SIDE_WORDS` each) scored together, minus each side scored alone. That is the pointwise mutual
// information of the join in nats, with back-off: positive where the right side is likelier after
// the left (补|贴, 产业链|支持), negative where it is less likely than on its own. Where a
// dictionary word may run across the join, the two sides are segmented together.
import type { LanguageModel } from '../../../src/core/language-model/model.ts';
import { modelWords } from '../../../src/core/language-model/words.ts';
import { segmentWords } from '../../../src/core/segment-words.ts';
import { mayRunAcross } from './junction-gain.ts';
import { MODEL_SIDE_WORDS } from './knobs.ts';

export interface ModelSide {
  /** The model the side was read with (a join is weighed with its sides' model). */
  model?: LanguageModel;
  /** The Han words at the side's edge, as the model's ids, and their text. */
  ids: Array<number | undefined>;
  text: string;
  /** ln P of the side's words alone… */
  alone: number;
  /** …and of its first two words alone: a trigram model reads the words after those the same
   * whatever stands before the side. */
  opening: number;
}

const EMPTY: ModelSide = { ids: [], text: '', alone: 0, opening: 0 };

/** The words a text ends with (its trailing Han run only: a mark ends the evidence). */
export function modelTail(model: LanguageModel, text: string): ModelSide {
  const run = /\p{Script=Han}+$/u.exec(text.trimEnd())?.[0];
  if (!run) return EMPTY;
  return side(model, segmentWords(run).slice(-MODEL_SIDE_WORDS));
}

/** The words a text starts with. */
export function modelHead(model: LanguageModel, text: string): ModelSide {
  const run = /^\p{Script=Han}+/u.exec(text.trimStart())?.[0];
  if (!run) return EMPTY;
  return side(model, segmentWords(run).slice(0, MODEL_SIDE_WORDS));
}

function side(model: LanguageModel, words: string[]): ModelSide {
  const text = words.join('');
  const ids = words.flatMap((w) => modelWords(model, w));
  return { model, ids, text, alone: model.sequenceLogProb(ids), opening: model.sequenceLogProb(ids.slice(0, 2)) };
}

/** The text's last character (a pair of code units where it is one). */
function lastChar(text: string): string {
  const low = text.charCodeAt(text.length - 1);
  return low >= 0xdc00 && low <= 0xdfff && text.length > 1 ? text.slice(-2) : text.slice(-1);
}

/** The join's pointwise mutual information in nats (0 where either side has no Han words). */
export function modelGain(model: LanguageModel, left: ModelSide, right: ModelSide): number {
  if (left.ids.length === 0 || right.ids.length === 0) return 0;
  const across = mayRunAcross(lastChar(left.text), String.fromCodePoint(right.text.codePointAt(0)!));
  if (across) return model.sequenceLogProb(modelWords(model, left.text + right.text)) - left.alone - right.alone;
  // Read as the two sides' words in a row, the left side's words score as they do alone, and so do
  // the right side's after its first two: only those two change (the same sum, scored in two terms).
  return model.sequenceLogProb(right.ids.slice(0, 2), left.ids) - right.opening;
}
