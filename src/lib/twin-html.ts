// One built page in Traditional characters. Text nodes and prose attributes are converted; URLs,
// code (file names, the raw OCR text) and anything marked translate="no" are not. Internal links
// point into the twin, the page says lang="zh-Hant", and the 简/繁 switch leads back.
import type { Element, Root, Text } from 'hast';
import { unified } from 'unified';
import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { SKIP, visit } from 'unist-util-visit';
import { isTwinPath, simplifiedHref, twinHref, twinUrl } from '../core/urls.ts';
import { toTraditional } from './to-traditional.ts';

const PROSE_ATTRIBUTES = ['title', 'alt', 'ariaLabel', 'placeholder'] as const;
const PROSE_META = new Set(['description', 'og:title', 'og:description', 'og:site_name']);
const KEEP_TEXT = new Set(['code', 'pre', 'script', 'style', 'kbd', 'samp']);

function rehypeTwin(simplifiedPath: string) {
  return (tree: Root) => {
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
      if (p.dataScriptSwitch !== undefined) {
        // The switch on a Traditional page leads back to the same page in Simplified (or to where
        // the Simplified page's switch pointed into the twin: the 404 page's leads home).
        p.href = typeof p.href === 'string' && isTwinPath(p.href) ? simplifiedHref(p.href) : simplifiedPath;
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
        // A moved article's old address (src/pages/articles/[...former].astro) sends the twin's reader to the twin.
        if (String(p.httpEquiv ?? '').toLowerCase() === 'refresh' && typeof p.content === 'string') p.content = p.content.replace(/(url=)(\S+)/i, (_m, u: string, url: string) => `${u}${twinHref(url)}`);
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
  };
}

export function twinHtml(html: string, simplifiedPath: string): string {
  // Attribute values stay double-quoted, so an apostrophe in them (the CSP's 'self') needs no escape.
  const stringify = { upperDoctype: true, allowDangerousCharacters: true };
  return String(unified().use(rehypeParse).use(rehypeTwin, simplifiedPath).use(rehypeStringify, stringify).processSync(html));
}
