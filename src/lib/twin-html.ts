// One built page in Traditional characters. Text and prose attributes are converted; URLs, code
// (file names, the raw OCR text) and anything marked translate="no" are not; text that carries
// its printed form (data-printed, a clipping printed in Traditional) is shown as printed.
// Internal links point into the twin, the page says lang="zh-Hant", and the 简/繁 switch leads
// back. The page is rewritten token by token (html-tokens.ts), not parsed into a tree: the twin
// of every page is made on every build, and only text and a few attributes change.
import { isTwinPath, simplifiedHref, twinHref, twinUrl } from '../core/urls.ts';
import { tokenize, VOID, writeStartTag, type Attribute, type Token } from './html-tokens.ts';
import { toTraditional } from './to-traditional.ts';

const PROSE_ATTRIBUTES = new Set(['title', 'alt', 'aria-label', 'placeholder']);
const PROSE_META = new Set(['description', 'og:title', 'og:description', 'og:site_name']);
const KEEP_TEXT = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp']);
/** Tags the twin may change by their name alone (see twinAttributes). */
const TAGS_CHANGED = new Set(['html', 'meta', 'link', 'a']);
/**
 * An attribute the twin reads or changes appears in the tag's text: only such tags (and those of
 * TAGS_CHANGED) have their attributes read; every other tag is copied as it is.
 */
const ATTRIBUTES_READ = new RegExp([...PROSE_ATTRIBUTES, 'data-printed', 'data-script-switch', 'translate'].join('|'), 'iu');

const attr = (attrs: readonly Attribute[], name: string) => attrs.find((a) => a.name === name);

function setAttr(attrs: Attribute[], name: string, value: string): void {
  const found = attr(attrs, name);
  if (found) found.value = value;
  else attrs.push({ name, value, quote: '"' });
}

/** The start tag's attributes as the twin has them; changed tells whether anything changed. */
function twinAttributes(name: string, given: readonly Attribute[]): { attrs: Attribute[]; changed: boolean } {
  const attrs = given.map((a) => ({ ...a }));
  let changed = false;
  const set = (key: string, value: string) => {
    if (attr(attrs, key)?.value === value) return;
    setAttr(attrs, key, value);
    changed = true;
  };
  if (name === 'html') set('lang', 'zh-Hant');
  if (name === 'meta') {
    const key = attr(attrs, 'name')?.value ?? attr(attrs, 'property')?.value ?? '';
    const content = attr(attrs, 'content')?.value;
    if (content !== undefined && PROSE_META.has(key)) set('content', toTraditional(content));
    if (content !== undefined && key === 'og:url') set('content', twinUrl(content));
    if (key === 'og:locale') set('content', 'zh_TW');
    // A moved article's old address (src/pages/articles/[...former].astro) sends the twin's reader to the twin.
    const equiv = attr(attrs, 'http-equiv')?.value ?? '';
    if (content !== undefined && equiv.toLowerCase() === 'refresh')
      set(
        'content',
        content.replace(/(url=)(\S+)/i, (_m, u: string, url: string) => `${u}${twinHref(url)}`),
      );
  }
  const href = attr(attrs, 'href')?.value;
  if (name === 'link' && href !== undefined) {
    // The twin's own address is canonical for it; its feed is the Traditional feed.
    const rel = (attr(attrs, 'rel')?.value ?? '').split(/\s+/u);
    if (rel.includes('canonical')) set('href', twinUrl(href));
    else if (rel.includes('alternate') && attr(attrs, 'type')?.value === 'application/rss+xml') set('href', twinHref(href));
  }
  if (name === 'a' && href !== undefined) set('href', twinHref(href));
  for (const a of attrs) {
    if (!PROSE_ATTRIBUTES.has(a.name) || a.value === undefined) continue;
    const converted = toTraditional(a.value);
    if (converted !== a.value) {
      a.value = converted;
      changed = true;
    }
  }
  return { attrs, changed };
}

/** Skips from a start tag to its end tag (same name, nesting counted); returns the end tag's index. */
function matchingEnd(tokens: readonly Token[], from: number, name: string): number {
  let depth = 0;
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind === 'start' && t.name === name && !t.selfClosing) depth++;
    if (t.kind === 'end' && t.name === name && --depth === 0) return i;
  }
  return tokens.length;
}

export function twinHtml(html: string, simplifiedPath: string): string {
  const tokens = tokenize(html);
  const out: string[] = [];
  // Open elements and whether their text is kept as it is.
  const open: Array<{ name: string; keep: boolean }> = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const keep = open.at(-1)?.keep ?? false;
    if (t.kind === 'text') {
      out.push(keep ? t.raw : toTraditional(t.raw));
      continue;
    }
    if (t.kind === 'end') {
      let at = open.length - 1;
      while (at >= 0 && open[at]!.name !== t.name) at--;
      if (at >= 0) open.length = at;
      out.push(t.raw);
      continue;
    }
    if (t.kind === 'start' && !keep && !TAGS_CHANGED.has(t.name) && !ATTRIBUTES_READ.test(t.raw)) {
      out.push(t.raw);
      if (!VOID.has(t.name) && !t.selfClosing) open.push({ name: t.name, keep: KEEP_TEXT.has(t.name) });
      continue;
    }
    if (t.kind !== 'start' || keep) {
      out.push(t.raw);
      if (t.kind === 'start' && !VOID.has(t.name) && !t.selfClosing) open.push({ name: t.name, keep: true });
      continue;
    }
    const printed = attr(t.attrs, 'data-printed')?.value;
    if (printed !== undefined || attr(t.attrs, 'data-script-switch')) {
      // Text of a clipping printed in Traditional characters, as printed (src/lib/printed-script.ts);
      // the switch on a Traditional page leads back to the same page in Simplified (or to where the
      // Simplified page's switch pointed into the twin: the 404 page's leads home).
      const end = matchingEnd(tokens, i, t.name);
      const attrs = t.attrs.filter((a) => a.name !== 'data-printed').map((a) => ({ ...a }));
      if (printed === undefined) {
        const given = attr(attrs, 'href')?.value;
        setAttr(attrs, 'href', given !== undefined && isTwinPath(given) ? simplifiedHref(given) : simplifiedPath);
        setAttr(attrs, 'hreflang', 'zh-Hans');
        setAttr(attrs, 'lang', 'zh-Hans');
      }
      out.push(writeStartTag(t.name, attrs), printed ?? '简体', `</${t.name}>`);
      i = end;
      continue;
    }
    const { attrs, changed } = twinAttributes(t.name, t.attrs);
    out.push(changed ? writeStartTag(t.name, attrs, t.selfClosing) : t.raw);
    if (!VOID.has(t.name) && !t.selfClosing) open.push({ name: t.name, keep: KEEP_TEXT.has(t.name) || attr(t.attrs, 'translate')?.value === 'no' });
  }
  return out.join('');
}
