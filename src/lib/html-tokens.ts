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

/** A start tag. Its attributes are read from its source text only when asked for: most tags are copied as they are. */
export interface StartToken {
  kind: 'start';
  name: string;
  readonly attrs: Attribute[];
  readonly selfClosing: boolean;
  raw: string;
}

export type Token = { kind: 'text'; raw: string } | StartToken | { kind: 'end'; name: string; raw: string } | { kind: 'other'; raw: string };

/** Elements that have no end tag. */
export const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);
/** Elements whose content is raw text, up to their end tag. */
const RAW_TEXT = new Set(['script', 'style']);

const SPACE = /\s/u;
const isSpace = (code: number) => code === 32 || (code >= 9 && code <= 13);

/** The attributes of a start tag's source text (the tag's name and its closing `>` around them). */
function readAttributes(raw: string, from: number): { attrs: Attribute[]; selfClosing: boolean } {
  const attrs: Attribute[] = [];
  let i = from;
  for (;;) {
    while (i < raw.length && SPACE.test(raw[i]!)) i++;
    if (i >= raw.length || raw[i] === '>') return { attrs, selfClosing: false };
    if (raw.startsWith('/>', i)) return { attrs, selfClosing: true };
    const nameStart = i;
    while (i < raw.length && !SPACE.test(raw[i]!) && !'=>/'.includes(raw[i]!)) i++;
    // A stray '/' inside a tag is skipped, as browsers do.
    if (i === nameStart) {
      i++;
      continue;
    }
    const attr: Attribute = { name: raw.slice(nameStart, i).toLowerCase(), quote: '' };
    while (i < raw.length && SPACE.test(raw[i]!)) i++;
    if (raw[i] === '=') {
      i++;
      while (i < raw.length && SPACE.test(raw[i]!)) i++;
      const q = raw[i];
      if (q === '"' || q === "'") {
        const close = raw.indexOf(q, i + 1);
        attr.value = raw.slice(i + 1, close);
        attr.quote = q;
        i = close + 1;
      } else {
        const valueStart = i;
        while (i < raw.length && !SPACE.test(raw[i]!) && raw[i] !== '>') i++;
        attr.value = raw.slice(valueStart, i);
      }
    }
    attrs.push(attr);
  }
}

// Fields are declared, not parameter properties: worker threads load this file with Node's own
// type stripping, which has no parameter properties.
class LazyStartToken implements StartToken {
  readonly kind = 'start';
  readonly name: string;
  readonly raw: string;
  private read: { attrs: Attribute[]; selfClosing: boolean } | undefined;
  constructor(name: string, raw: string) {
    this.name = name;
    this.raw = raw;
  }
  get attrs(): Attribute[] {
    this.read ??= readAttributes(this.raw, this.name.length + 1);
    return this.read.attrs;
  }
  get selfClosing(): boolean {
    // Only a tag ending in "/>" may close itself (its last attribute may also just end in a slash).
    if (!this.raw.endsWith('/>')) return false;
    this.read ??= readAttributes(this.raw, this.name.length + 1);
    return this.read.selfClosing;
  }
}

/**
 * Where the start tag at `at` ends (the index of its `>`, skipping quoted values), or -1 when it
 * never does. Read without building its attributes.
 */
function startTagEnd(html: string, at: number): number {
  let afterEquals = false;
  for (let i = at + 1; i < html.length; i++) {
    const code = html.charCodeAt(i);
    if (code === 62) return i; // >
    if ((code === 34 || code === 39) && afterEquals) {
      // A quoted value: it may hold '>'.
      const close = html.indexOf(html[i]!, i + 1);
      if (close < 0) return -1;
      i = close;
      afterEquals = false;
    } else if (code === 61)
      afterEquals = true; // =
    else if (!isSpace(code)) afterEquals = false;
  }
  return -1;
}

function startTag(html: string, at: number): { token: StartToken; end: number } | undefined {
  const close = startTagEnd(html, at);
  if (close < 0) return undefined;
  let i = at + 1;
  while (i < close && !isSpace(html.charCodeAt(i)) && html[i] !== '/') i++;
  return { token: new LazyStartToken(html.slice(at + 1, i).toLowerCase(), html.slice(at, close + 1)), end: close + 1 };
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
    const next = html.charCodeAt(lt + 1);
    if (next === 33 || next === 63) {
      // <!-- a comment -->, <!doctype …>, <? … >
      const comment = html.startsWith('<!--', lt);
      const end = comment ? html.indexOf('-->', lt + 4) : html.indexOf('>', lt);
      const stop = end < 0 ? html.length : end + (comment ? 3 : 1);
      out.push({ kind: 'other', raw: html.slice(lt, stop) });
      i = stop;
    } else if (next === 47) {
      // </…>
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
    } else if ((next >= 65 && next <= 90) || (next >= 97 && next <= 122)) {
      // <a-z…
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
