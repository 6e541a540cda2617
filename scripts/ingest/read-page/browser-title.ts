// A page saved from a browser often starts with the window's title: the headline followed by
// the section and the site, `标题 | 站名`, `标题_栏目_站名`, `标题 - 站名`. The headline is the
// article's title (usually printed again below); the last part names the site.
import { countHan } from '../char-classes.ts';

const SEPARATOR = /\s+[|｜]\s+|\s*[|｜]\s*|_|\s+[-–—]\s+/u;
/** Han characters a headline has at least. */
const MIN_TITLE = 5;
const MAX_SITE = 16;

export interface BrowserTitle {
  title: string;
  site: string;
}

export function readBrowserTitle(line: string): BrowserTitle | undefined {
  const parts = line.trim().split(SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return undefined;
  const title = parts[0]!;
  const site = parts.at(-1)!;
  if (countHan(title) < MIN_TITLE || Array.from(site).length > MAX_SITE) return undefined;
  // Every part after the headline is a name (a section, a site), not a sentence.
  if (parts.slice(1).some((p) => /[，。；！？,;]/u.test(p) || Array.from(p).length > MAX_SITE)) return undefined;
  return { title, site };
}
