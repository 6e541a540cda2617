// A page's <meta name="description">: the start of the article as a reader reads it, without
// Markdown marks or any HTML an editor pasted.
import { readableText } from '../core/readable-text.ts';

const LENGTH = 90;

export function articleDescription(markdown: string): string {
  const text = readableText(markdown.replace(/<[^>]*>/g, '')).replace(/\s+/g, '');
  return text.length > LENGTH ? `${text.slice(0, LENGTH)}…` : text;
}
