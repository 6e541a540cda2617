// What the search index holds of a built article page: its address, title, date, filter values
// and the text a reader sees, read off the page's own markers (src/pages/articles/[slug].astro:
// data-pagefind-body around what is indexed, data-pagefind-ignore on what is not, the hidden
// data-pagefind-meta and data-pagefind-filter spans). The index is built from what the page shows,
// so search finds what a reader can find on the page (an article printed in Traditional
// characters shows, and is found, in Simplified).
import type { Element, Root, RootContent } from 'hast';
import { FILTER_KEYS, type FilterKey } from '../lib/search-data.ts';

export interface SearchRecord {
  /** The page's path, /articles/x/. */
  path: string;
  title: string;
  date?: string;
  /** The text as shown, one block a line, title left out. */
  text: string;
  filters: Record<FilterKey, string[]>;
}

const BLOCKS = new Set(['p', 'div', 'section', 'aside', 'header', 'footer', 'blockquote', 'li', 'ul', 'ol', 'h2', 'h3', 'h4', 'h5', 'h6', 'tr', 'table', 'figure', 'figcaption', 'pre', 'dl', 'dt', 'dd', 'br', 'hr']);
const CELLS = new Set(['td', 'th']);

function textOf(node: RootContent | Root): string {
  if (node.type === 'text') return node.value;
  if (node.type !== 'element' && node.type !== 'root') return '';
  return node.children.map(textOf).join('');
}

function findElement(node: Root | Element, test: (el: Element) => boolean): Element | undefined {
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (test(child)) return child;
    const inner = findElement(child, test);
    if (inner) return inner;
  }
  return undefined;
}

/** The shown text of an element: ignored and hidden parts and the title left out, blocks on lines. */
function shownText(node: Element, out: string[]): void {
  for (const child of node.children) {
    if (child.type === 'text') out.push(child.value.replace(/\s+/g, ' '));
    if (child.type !== 'element') continue;
    const p = child.properties;
    if (p.dataPagefindIgnore !== undefined || p.hidden !== undefined || child.tagName === 'h1') continue;
    if (child.tagName === 'script' || child.tagName === 'style' || child.tagName === 'template') continue;
    const block = BLOCKS.has(child.tagName);
    if (block) out.push('\n');
    else if (CELLS.has(child.tagName)) out.push(' ');
    shownText(child, out);
    if (block) out.push('\n');
  }
}

/** The search record of a parsed article page, or undefined if it has no indexed part. */
export function searchRecord(tree: Root, path: string): SearchRecord | undefined {
  const body = findElement(tree, (el) => el.properties.dataPagefindBody !== undefined);
  if (!body) return undefined;
  const filters = Object.fromEntries(FILTER_KEYS.map((k) => [k, [] as string[]])) as Record<FilterKey, string[]>;
  let title = '';
  let date: string | undefined;
  const metaBox = findElement(body, (el) => el.properties.hidden !== undefined);
  const visitMeta = (el: Element) => {
    for (const child of el.children) {
      if (child.type !== 'element') continue;
      const p = child.properties;
      const value = textOf(child).trim();
      if (p.dataPagefindMeta === 'title') title = value;
      if (p.dataPagefindMeta === 'date') date = value;
      const key = p.dataPagefindFilter;
      if (typeof key === 'string' && (FILTER_KEYS as string[]).includes(key) && value) filters[key as FilterKey].push(value);
      visitMeta(child);
    }
  };
  if (metaBox) visitMeta(metaBox);
  const parts: string[] = [];
  shownText(body, parts);
  const text = parts
    .join('')
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join('\n');
  return { path, title, ...(date ? { date } : {}), text, filters };
}
