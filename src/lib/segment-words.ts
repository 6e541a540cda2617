// One shared jieba instance with its bundled dictionary: Chinese word segmentation for slugs,
// line joining and (later) column repair. Loading the dictionary costs ~0.3 s, so it is lazy.
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
