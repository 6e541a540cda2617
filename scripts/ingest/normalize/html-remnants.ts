// What a page saved from a site's source keeps of its HTML: tags (`<p>`, `<br/>`, `<span …>`) and
// character references (`&ldquo;`, `&nbsp;`, `&#20013;`). Tags go and leave their text, and
// references are decoded (by the `entities` package, strictly: only with their closing
// semicolon). A tag never becomes a line end: the article's provenance counts the raw file's
// lines, so a line stays a line (a `<br>` inside a sentence joins its two halves, as the printed
// sentence has them). Only the tags named here are touched: `<10%` or `<<某某>>` are text.
import { decodeHTMLStrict } from 'entities';

/** The tags a saved page leaves in its text: blocks, line breaks and inline markup. */
const TAGS = 'p|div|section|article|li|ul|ol|h[1-6]|table|tr|tbody|thead|td|th|blockquote|span|strong|b|i|em|u|font|a|img|sup|sub|small|big|label';
const TAG = new RegExp(`<(?:br\\s*/?|/?(?:${TAGS})(?:\\s[^<>]{0,300})?/?)>`, 'giu');
const REFERENCE = /&(?:[a-z][a-z0-9]{1,9}|#\d{2,7}|#x[0-9a-f]{2,6});/iu;

/** References to a line end or a return: a space, so no line is added. */
const LINE_END_REFERENCE = /&#(?:0*1[03]|x0*[ad]);/giu;

export function undoHtmlRemnants(text: string): string {
  const tagged = text.replace(TAG, '');
  return REFERENCE.test(tagged) ? decodeHTMLStrict(tagged.replace(LINE_END_REFERENCE, ' ')) : tagged;
}
