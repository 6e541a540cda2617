// One built page in Traditional characters. Text nodes and prose attributes are converted; URLs,
// code (file names, the raw OCR text) and anything marked translate="no" are not; text that
// carries its printed form (data-printed, a clipping printed in Traditional) is shown as printed. Internal links
// point into the twin, the page says lang="zh-Hant", and the 简/繁 switch leads back.
import type { Element, Root, Text } from 'hast';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { SKIP, visit } from 'unist-util-visit';
import { twinHref, twinUrl } from '../core/urls.ts';
import { toTraditional } from './to-traditional.ts';

const PROSE_ATTRIBUTES = ['title', 'alt', 'ariaLabel', 'placeholder'] as const;
const PROSE_META = new Set(['description', 'og:title', 'og:description', 'og:site_name']);
const KEEP_TEXT = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp']);

/** Turns a parsed Simplified page into its twin, in place. */
export function twinTree(tree: Root, simplifiedPath: string): void {
  visit(tree, (node) => {
    if (node.type === 'text') {
      (node as Text).value = toTraditional((node as Text).value);
      return undefined;
    }
    if (node.type !== 'element') return undefined;
    const el = node as Element;
    const p = el.properties;
    if (el.tagName === 'html') {
      p.lang = 'zh-Hant';
    }
    if (typeof p.dataPrinted === 'string') {
      // Text of a clipping printed in Traditional characters, as printed (src/lib/printed-script.ts).
      el.children = [{ type: 'text', value: p.dataPrinted }];
      delete p.dataPrinted;
      return SKIP;
    }
    if (p.dataScriptSwitch !== undefined) {
      // The switch on a Traditional page leads back to the same page in Simplified.
      p.href = simplifiedPath;
      p.hrefLang = 'zh-Hans';
      p.lang = 'zh-Hans';
      el.children = [{ type: 'text', value: '简体' }];
      return SKIP;
    }
    if (el.tagName === 'meta') {
      const key = String(p.name ?? p.property ?? '');
      if (PROSE_META.has(key) && typeof p.content === 'string') p.content = toTraditional(p.content);
      if (key === 'og:url' && typeof p.content === 'string') p.content = twinUrl(p.content);
      if (key === 'og:locale') p.content = 'zh_TW';
    }
    if (el.tagName === 'link' && Array.isArray(p.rel) && typeof p.href === 'string') {
      // The twin's own address is canonical for it; its feed is the Traditional feed.
      if (p.rel.includes('canonical')) p.href = twinUrl(p.href);
      else if (p.rel.includes('alternate') && p.type === 'application/rss+xml') p.href = twinHref(p.href);
    }
    for (const name of PROSE_ATTRIBUTES) if (typeof p[name] === 'string') p[name] = toTraditional(p[name] as string);
    if (typeof p.href === 'string' && el.tagName === 'a') p.href = twinHref(p.href);
    if (KEEP_TEXT.has(el.tagName) || p.translate === 'no') return SKIP;
    return undefined;
  });
}

const parser = unified().use(rehypeParse);
// Attribute values stay double-quoted, so an apostrophe in them (the CSP's 'self') needs no escape.
const serializer = unified().use(rehypeStringify, { upperDoctype: true, allowDangerousCharacters: true });

export function parseHtml(html: string): Root {
  return parser.parse(html);
}

export function stringifyHtml(tree: Root): string {
  return serializer.stringify(tree);
}

export function twinHtml(html: string, simplifiedPath: string): string {
  const tree = parseHtml(html);
  twinTree(tree, simplifiedPath);
  return stringifyHtml(tree);
}
