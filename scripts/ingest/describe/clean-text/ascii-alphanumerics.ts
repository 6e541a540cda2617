// Full-width digits and Latin letters (`３８６．５`, `ＩＣ`) are ASCII in Chinese text, as GB/T 15834
// and the archive's style ask; a full-width point or percent sign between digits goes with them.
import { asciiAlnum } from '../../char-classes.ts';

export function asciiAlphanumerics(text: string): string {
  return asciiAlnum(text)
    .replace(/(?<=\d)．(?=\d)/gu, '.')
    .replace(/(?<=\d)％/gu, '%');
}
