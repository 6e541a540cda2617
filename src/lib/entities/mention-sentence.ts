// The sentence of an article that names an entity, split around the name so a page can highlight
// it. Long sentences are cut to a window around the name.
import { readableText } from '../../core/readable-text.ts';

export interface Mention {
  before: string;
  match: string;
  after: string;
}

const WINDOW = 48;

export function findMention(text: string, forms: readonly string[]): Mention | undefined {
  const sentences = readableText(text).split(/(?<=[。！？\n])/u);
  const byLength = [...forms].sort((a, b) => b.length - a.length);
  for (const sentence of sentences) {
    for (const form of byLength) {
      const at = sentence.indexOf(form);
      if (at < 0) continue;
      const trimmed = sentence.trim();
      const start = trimmed.indexOf(form);
      let before = trimmed.slice(0, start);
      let after = trimmed.slice(start + form.length);
      if (before.length > WINDOW) before = `…${before.slice(-WINDOW)}`;
      if (after.length > WINDOW) after = `${after.slice(0, WINDOW)}…`;
      return { before, match: form, after };
    }
  }
  return undefined;
}
