// A page saved from a browser often starts with the window's title: the headline followed by
// the section and the site, `标题 | 站名`, `标题_栏目_站名`, `标题 - 站名`. The headline is the
// article's title (usually printed again below); the last part names the site.
import { countHan } from '../char-classes.ts';
import { LINES } from './knobs.ts';

const SEPARATOR = /\s+[|｜]\s+|\s*[|｜]\s*|_|\s+[-–—]\s+/u;

export interface BrowserTitle {
  title: string;
  site: string;
}

export function readBrowserTitle(line: string): BrowserTitle | undefined {
  const parts = line.trim().split(SEPARATOR).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return undefined;
  const title = parts[0]!;
  const site = parts.at(-1)!;
  if (countHan(title) < LINES.browserTitleMinHan || Array.from(site).length > LINES.browserTitleMaxSite) return undefined;
  // Every part after the headline is a name (a section, a site), not a sentence.
  if (parts.slice(1).some((p) => /[，。；！？,;]/u.test(p) || Array.from(p).length > LINES.browserTitleMaxSite)) return undefined;
  return { title, site };
}
