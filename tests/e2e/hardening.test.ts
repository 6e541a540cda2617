// The built site as an adversary and a careful reviewer see it: nothing harmful from an article,
// a strict Content-Security-Policy that the pages obey, no third-party requests, no broken
// internal link, and valid HTML on every page.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { HtmlValidate } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { useBrowserPage } from './browser.ts';
import { root } from './site-process.ts';

const baseUrl = inject('baseUrl');
const dist = inject('distDir');

function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}
const pages = htmlFiles(dist);

const session = useBrowserPage();

describe('raw HTML in an article', () => {
  it('never reaches the reader as script, handler or javascript: link; the text stays', async () => {
    const page = session.page();
    await page.goto(`${baseUrl}/articles/hostile-html/`);
    const html = await page.locator('.prose').innerHTML();
    expect(html).not.toMatch(/<script|<iframe|<style|onerror|onclick|javascript:/i);
    // Everything a reader could set off: every link, image and paragraph of the article clicked.
    // Each payload in the fixture sets window.hacked; none may run.
    await page.locator('.prose').evaluate((prose) => {
      for (const el of prose.querySelectorAll<HTMLElement>('a, img, p')) el.click();
    });
    await page.waitForLoadState('load');
    expect(page.url()).toBe(`${baseUrl}/articles/hostile-html/`);
    expect(await page.evaluate(() => (window as unknown as { hacked?: boolean }).hacked)).toBeUndefined();
    const text = await page.locator('.prose').innerText();
    expect(text).toContain('正文第一段，安全的文字应当保留。');
    expect(text).toContain('带点击处理器的段落。');
  });
});

describe('Content-Security-Policy', () => {
  it('every page carries a strict policy in <meta>', () => {
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      const policy = /<meta http-equiv="content-security-policy" content="([^"]+)"/i.exec(html)?.[1];
      expect(policy, relative(dist, file)).toBeDefined();
      expect(policy).toContain("default-src 'self'");
      expect(policy).toContain("object-src 'none'");
      expect(policy).not.toMatch(/'unsafe-inline'|'unsafe-eval'|\*/);
    }
  });
  it('ships the same policy as a header file for hosts that read one', () => {
    const headers = readFileSync(join(dist, '_headers'), 'utf8');
    expect(headers).toMatch(/Content-Security-Policy: default-src 'self';.*frame-ancestors 'none'/);
  });
  it('pages load with no policy violation and no request off this machine', async () => {
    const offsite: string[] = [];
    const violations: string[] = [];
    session.page().on('request', (r) => {
      if (!r.url().startsWith(baseUrl) && !r.url().startsWith('data:')) offsite.push(r.url());
    });
    session.page().on('console', (m) => {
      if (/Content Security Policy|Refused to/i.test(m.text())) violations.push(m.text());
    });
    for (const path of ['/', '/parks/', '/companies/', '/articles/hand-written-clipping/', '/articles/hostile-html/', '/no-such-page/']) {
      await session.page().goto(`${baseUrl}${path}`);
    }
    expect(offsite).toEqual([]);
    expect(violations).toEqual([]);
  });
});

describe('every built page', () => {
  it('links only to pages and files that exist', () => {
    const broken: string[] = [];
    for (const file of pages) {
      const html = readFileSync(file, 'utf8');
      for (const m of html.matchAll(/\s(?:href|src)="([^"#?]*)[^"]*"/g)) {
        const url = m[1]!;
        if (url === '' || /^(https?:|mailto:|data:)/.test(url)) continue;
        const target = url.startsWith('/') ? join(dist, decodeURI(url)) : join(file, '..', decodeURI(url));
        const exists = url.endsWith('/') ? existsSync(join(target, 'index.html')) : existsSync(target);
        if (!exists) broken.push(`${relative(dist, file)} → ${url}`);
      }
    }
    expect(broken).toEqual([]);
    expect(pages.length).toBeGreaterThan(20);
  });

  it('is valid HTML', async () => {
    const validator = new HtmlValidate(JSON.parse(readFileSync(join(root, '.htmlvalidate.json'), 'utf8')));
    const problems: string[] = [];
    for (const file of pages) {
      const report = await validator.validateFile(file);
      for (const result of report.results) for (const m of result.messages) problems.push(`${relative(dist, file)}:${m.line}: ${m.message} (${m.ruleId})`);
    }
    expect(problems).toEqual([]);
  });
});
