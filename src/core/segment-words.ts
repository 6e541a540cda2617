// One shared jieba instance with its bundled dictionary: Chinese word segmentation for slugs,
// line joining, name detection and (later) column repair. Loading the dictionary costs ~0.3 s,
// so it is lazy.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

let instance: Jieba | undefined;

function jieba(): Jieba {
  instance ??= Jieba.withDict(dict);
  return instance;
}

/** Dictionary words only (no HMM guessing of unknown words), so results are conservative. */
export function segmentWords(text: string): string[] {
  return jieba().cut(text, false);
}

export interface TaggedWord {
  word: string;
  /** jieba's part-of-speech tag: ns place, nr person, n noun, v verb, p preposition… */
  tag: string;
}

export function tagWords(text: string): TaggedWord[] {
  return jieba().tag(text, false);
}
