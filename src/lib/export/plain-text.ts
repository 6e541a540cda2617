// An article's text as a reader reads it, from the HTML the site shows (after sanitizing): the
// browser's innerText rules (hast-util-to-text), so paragraphs, list items and table cells keep
// their breaks and nothing of the markup is left.
import { toText } from 'hast-util-to-text';
import rehypeParse from 'rehype-parse';
import { unified } from 'unified';

export function htmlToPlainText(html: string): string {
  const tree = unified().use(rehypeParse, { fragment: true }).parse(html);
  return toText(tree)
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
