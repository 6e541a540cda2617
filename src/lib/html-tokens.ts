// HTML as a list of tokens, for rewriting pages this site wrote itself (Astro's output: tags
// closed, attributes quoted) without building a tree: tags with their attributes, text, raw text
// of script and style, comments and the doctype. Every token keeps its source text, so a page
// rewritten only where needed is otherwise byte for byte what it was.

export interface Attribute {
  name: string;
  /** The value as written (character references not decoded); undefined for a bare attribute. */
  value?: string;
  quote: '"' | "'" | '';
}

export type Token =
  | { kind: 'text'; raw: string }
  | { kind: 'start'; name: string; attrs: Attribute[]; selfClosing: boolean; raw: string }
  | { kind: 'end'; name: string; raw: string }
  | { kind: 'other'; raw: string };

/** Elements that have no end tag. */
export const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is raw text, up to their end tag. */
const RAW_TEXT = new Set(['script', 'style']);

const SPACE = /\s/u;

function startTag(html: string, at: number): { token: Token & { kind: 'start' }; end: number } | undefined {
  let i = at + 1;
  while (i < html.length && !SPACE.test(html[i]!) && html[i] !== '>' && html[i] !== '/') i++;
  const name = html.slice(at + 1, i).toLowerCase();
  const attrs: Attribute[] = [];
  let selfClosing = false;
  for (;;) {
    while (i < html.length && SPACE.test(html[i]!)) i++;
    if (i >= html.length) return undefined;
    if (html[i] === '>') break;
    if (html.startsWith('/>', i)) {
      selfClosing = true;
      i++;
      break;
    }
    const nameStart = i;
    while (i < html.length && !SPACE.test(html[i]!) && !'=>/'.includes(html[i]!)) i++;
    // A stray '/' inside a tag is skipped, as browsers do.
    if (i === nameStart) {
      i++;
      continue;
    }
    const attr: Attribute = { name: html.slice(nameStart, i).toLowerCase(), quote: '' };
    while (i < html.length && SPACE.test(html[i]!)) i++;
    if (html[i] === '=') {
      i++;
      while (i < html.length && SPACE.test(html[i]!)) i++;
      const q = html[i];
      if (q === '"' || q === "'") {
        const close = html.indexOf(q, i + 1);
        if (close < 0) return undefined;
        attr.value = html.slice(i + 1, close);
        attr.quote = q;
        i = close + 1;
      } else {
        const valueStart = i;
        while (i < html.length && !SPACE.test(html[i]!) && html[i] !== '>') i++;
        attr.value = html.slice(valueStart, i);
      }
    }
    attrs.push(attr);
  }
  return { token: { kind: 'start', name, attrs, selfClosing, raw: html.slice(at, i + 1) }, end: i + 1 };
}

export function tokenize(html: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < html.length) {
    const lt = html.indexOf('<', i);
    if (lt < 0) {
      out.push({ kind: 'text', raw: html.slice(i) });
      break;
    }
    if (lt > i) out.push({ kind: 'text', raw: html.slice(i, lt) });
    const next = html[lt + 1] ?? '';
    if (html.startsWith('<!--', lt)) {
      const end = html.indexOf('-->', lt + 4);
      const stop = end < 0 ? html.length : end + 3;
      out.push({ kind: 'other', raw: html.slice(lt, stop) });
      i = stop;
    } else if (next === '!' || next === '?') {
      const end = html.indexOf('>', lt);
      const stop = end < 0 ? html.length : end + 1;
      out.push({ kind: 'other', raw: html.slice(lt, stop) });
      i = stop;
    } else if (next === '/') {
      const end = html.indexOf('>', lt);
      const stop = end < 0 ? html.length : end + 1;
      out.push({
        kind: 'end',
        name: html
          .slice(lt + 2, stop - 1)
          .trim()
          .toLowerCase(),
        raw: html.slice(lt, stop),
      });
      i = stop;
    } else if (/[a-zA-Z]/u.test(next)) {
      const tag = startTag(html, lt);
      if (!tag) {
        out.push({ kind: 'text', raw: html.slice(lt) });
        break;
      }
      out.push(tag.token);
      i = tag.end;
      if (RAW_TEXT.has(tag.token.name) && !tag.token.selfClosing) {
        const closing = new RegExp(`</${tag.token.name}`, 'giu');
        closing.lastIndex = i;
        const close = closing.exec(html)?.index ?? -1;
        const stop = close < 0 ? html.length : close;
        if (stop > i) out.push({ kind: 'other', raw: html.slice(i, stop) });
        i = stop;
      }
    } else {
      out.push({ kind: 'text', raw: '<' });
      i = lt + 1;
    }
  }
  return out;
}

/** A start tag written back from its attributes (as they were quoted). */
export function writeStartTag(name: string, attrs: readonly Attribute[], selfClosing = false): string {
  const parts = attrs.map((a) => (a.value === undefined ? ` ${a.name}` : ` ${a.name}=${a.quote || '"'}${a.value}${a.quote || '"'}`));
  return `<${name}${parts.join('')}${selfClosing ? ' /' : ''}>`;
}

const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

/** Text or an attribute value with its character references decoded. */
export function decodeEntities(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, ref: string) => {
    if (ref[0] === '#') {
      const code = ref[1] === 'x' || ref[1] === 'X' ? Number.parseInt(ref.slice(2), 16) : Number(ref.slice(1));
      return Number.isFinite(code) && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    }
    return NAMED[ref.toLowerCase()] ?? whole;
  });
}
