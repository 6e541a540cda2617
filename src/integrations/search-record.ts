// What the search index holds of a built article page: its address, title, date, filter values
// and the text a reader sees, read off the page's own markers (src/pages/articles/[slug].astro:
// data-pagefind-body around what is indexed, data-pagefind-ignore on what is not, the hidden
// data-pagefind-meta and data-pagefind-filter spans). The index is built from what the page shows,
// so search finds what a reader can find on the page (an article printed in Traditional
// characters shows, and is found, in Simplified). Read token by token (html-tokens.ts).
import { FILTER_KEYS, type FilterKey } from '../lib/search-data.ts';
import { decodeEntities, tokenize, VOID, type Attribute } from '../lib/html-tokens.ts';

export interface SearchRecord {
  /** The page's path, /articles/x/. */
  path: string;
  title: string;
  date?: string;
  /** The text as shown, one block a line, title left out. */
  text: string;
  filters: Record<FilterKey, string[]>;
}

const BLOCKS = new Set([
  'p',
  'div',
  'section',
  'aside',
  'header',
  'footer',
  'blockquote',
  'li',
  'ul',
  'ol',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'tr',
  'table',
  'figure',
  'figcaption',
  'pre',
  'dl',
  'dt',
  'dd',
  'hr',
]);
const CELLS = new Set(['td', 'th']);
const NEVER_SHOWN = new Set(['h1', 'script', 'style', 'template']);

interface Frame {
  name: string;
  body: boolean;
  ignored: boolean;
  /** A meta or filter span: what its text is. */
  collect?: { meta?: string; filter?: string; text: string };
}

const has = (attrs: readonly Attribute[], name: string) => attrs.some((a) => a.name === name);
/** A tag whose text names none of the attributes read here has its attributes left unread. */
const READ = /data-pagefind|hidden/iu;
const value = (attrs: readonly Attribute[], name: string) => attrs.find((a) => a.name === name)?.value;

/** The search record of an article page, or undefined if it has no indexed part. */
export function searchRecord(html: string, path: string): SearchRecord | undefined {
  const tokens = tokenize(html);
  const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, [] as string[]])) as Record<FilterKey, string[]>;
  let title = '';
  let date: string | undefined;
  let found = false;
  const parts: string[] = [];
  const open: Frame[] = [];
  const close = (frame: Frame) => {
    if (frame.body && !frame.ignored && BLOCKS.has(frame.name)) parts.push('\n');
    const c = frame.collect;
    if (!c) return;
    const text = decodeEntities(c.text).trim();
    if (c.meta === 'title') title = text;
    if (c.meta === 'date') date = text;
    if (c.filter && (FILTER_KEYS as string[]).includes(c.filter) && text) filters[c.filter as FilterKey].push(text);
  };
  for (const t of tokens) {
    const parent = open.at(-1);
    if (t.kind === 'text') {
      for (const f of open) if (f.collect) f.collect.text += t.raw;
      if (parent?.body && !parent.ignored) parts.push(decodeEntities(t.raw).replace(/\s+/gu, ' '));
    } else if (t.kind === 'start') {
      const attrs = READ.test(t.raw) ? t.attrs : [];
      const body = (parent?.body ?? false) || has(attrs, 'data-pagefind-body');
      found ||= body;
      const ignored = (parent?.ignored ?? false) || has(attrs, 'data-pagefind-ignore') || has(attrs, 'hidden') || NEVER_SHOWN.has(t.name);
      const meta = value(attrs, 'data-pagefind-meta');
      const filter = value(attrs, 'data-pagefind-filter');
      const frame: Frame = { name: t.name, body, ignored, ...(meta || filter ? { collect: { ...(meta ? { meta } : {}), ...(filter ? { filter } : {}), text: '' } } : {}) };
      if (body && !ignored) parts.push(BLOCKS.has(t.name) || t.name === 'br' ? '\n' : CELLS.has(t.name) ? ' ' : '');
      if (VOID.has(t.name) || t.selfClosing) close(frame);
      else open.push(frame);
    } else if (t.kind === 'end') {
      let at = open.length - 1;
      while (at >= 0 && open[at]!.name !== t.name) at--;
      if (at >= 0) for (const frame of open.splice(at).reverse()) close(frame);
    }
  }
  if (!found) return undefined;
  const text = parts
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
  return { path, title, ...(date ? { date } : {}), text, filters };
}
