// One shared jieba instance with its bundled dictionary: Chinese word segmentation for slugs,
// line joining, name detection and (later) column repair. Loading the dictionary costs ~0.3 s,
// so it is lazy.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { TextMemory } from './remember-by-text.ts';

let instance: Jieba | undefined;

function jieba(): Jieba {
  instance ??= Jieba.withDict(dict);
  return instance;
}

// The cleaner asks for the same short texts many times (a line's end at every junction weighed, a
// name's context at every suffix): answers are remembered, each caller given its own copy.
const cuts = new TextMemory<readonly string[]>();
const tags = new TextMemory<readonly TaggedWord[]>();

/** Dictionary words only (no HMM guessing of unknown words), so results are conservative. */
export function segmentWords(text: string): string[] {
  return [...cuts.answer(text, (t) => jieba().cut(t, false))];
}

export interface TaggedWord {
  word: string;
  /** jieba's part-of-speech tag: ns place, nr person, n noun, v verb, p preposition… */
  tag: string;
}

export function tagWords(text: string): TaggedWord[] {
  // The words are objects: each caller gets its own.
  return tags.answer(text, (t) => jieba().tag(t, false)).map((w) => ({ ...w }));
}
