// Issue 18: the reader's experience on a phone (390 px), in both scripts, in print and dark mode:
// content first, names cleaned up, labels a phone can read, print, the site map, 纠错, the 404 page.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { publishedArticles } from './articles.ts';
import { axeProblems } from './axe.ts';
import { useBrowserPage } from './browser.ts';
import { root } from './site-process.ts';
import { otherNames, siteNames } from './site-names.ts';
import { splitFrontMatter } from '../../src/schema/front-matter.ts';
import { OPEN_NAME_LIST_MAX } from '../../src/lib/knobs.ts';
import { lineLabel } from '../../src/lib/line-label.ts';

const baseUrl = inject('baseUrl');
const articlesDir = inject('articlesDir');
const dist = inject('distDir');
const articles = publishedArticles(articlesDir);
const shots = join(root, 'test-results/screenshots');
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
/** [address prefix, name]: the Simplified site and its Traditional twin. */
const SCRIPTS = [
  ['', 'hans'],
  ['/zh-hant', 'hant'],
] as const;

/** The front matter fields this file needs that the shared loader does not read. */
function frontMatter(id: string): Record<string, unknown> {
  return splitFrontMatter(readFileSync(join(articlesDir, `${id}.md`), 'utf8')).data;
}
const source = (id: string) => frontMatter(id).source as { file?: string; lines?: string } | undefined;
const byTitle = (title: string) => articles.find((a) => a.title === title)!;
const longList = articles.find((a) => siteNames('companies', a.companies).length > OPEN_NAME_LIST_MAX)!;
const shortList = articles.find((a) => a.companies.length > 0 && siteNames('companies', a.companies).length <= OPEN_NAME_LIST_MAX)!;
const derivedTitle = articles.find((a) => frontMatter(a.id).titleOrigin === 'derived')!;
const inferredDate = articles.find((a) => frontMatter(a.id).dateOrigin === 'sidecar' && frontMatter(a.id).dateNote)!;

const session = useBrowserPage();
const page = () => session.page();
beforeAll(() => mkdirSync(shots, { recursive: true }));

async function open(path: string, size = PHONE): Promise<Page> {
  await page().setViewportSize(size);
  await page().goto(`${baseUrl}${path}`);
  return page();
}

/** Distinct rows (rounded tops) the matched elements stand on. */
async function rows(selector: string): Promise<number> {
  const tops = await page()
    .locator(selector)
    .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().top + e.getBoundingClientRect().height / 2)));
  return new Set(tops.map((t) => Math.round(t / 12))).size;
}

/** Where the first line of the first matching element ends, from the top of the page. */
async function firstLineBottom(selector: string): Promise<number> {
  return page()
    .locator(selector)
    .first()
    .evaluate((el) => {
      const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT, { acceptNode: (n) => (n.textContent!.trim() ? NodeFilter.FILTER_ACCEPT : NodeFilter.FILTER_REJECT) });
      const text = walker.nextNode() as Text | null;
      if (!text) return el.getBoundingClientRect().bottom + window.scrollY;
      const range = document.createRange();
      range.setStart(text, 0);
      range.setEnd(text, 1);
      return range.getBoundingClientRect().bottom + window.scrollY;
    });
}

describe('content first on a phone', () => {
  it.each(SCRIPTS)('the header takes two rows at most, the 简/繁 switch beside the title (%s %s)', async (prefix) => {
    for (const path of ['/', `/articles/${longList.id}/`, '/companies/']) {
      await open(`${prefix}${path}`);
      expect(await rows('.site-title, .script-switch, .site-header nav a'), path).toBeLessThanOrEqual(2);
      expect(await rows('.site-title, .script-switch'), `${path}: the switch shares the title's row`).toBe(1);
      expect((await page().locator('.site-header').boundingBox())!.height).toBeLessThan(110);
    }
  });

  it.each(SCRIPTS)('the home page shows its newest articles before the directory, the first within the first screen (%s %s)', async (prefix) => {
    await open(`${prefix}/`);
    expect(await firstLineBottom('.article-list .list-title')).toBeLessThanOrEqual(PHONE.height);
    const [list, browse] = await Promise.all(['.article-list', '.browse'].map((s) => page().locator(s).boundingBox()));
    expect(list!.y).toBeLessThan(browse!.y);
  });

  it('every page starts its main content within the first screen, in both scripts', async () => {
    // Per page: what its content is (an article's text, a list's first entry).
    const pages: Array<[string, string]> = [
      ...articles.map((a): [string, string] => [`/articles/${a.id}/`, '.prose > *']),
      ['/parks/', '.entity-index li'],
      ['/companies/', '.entity-index li'],
      ['/parks/xuzhou-jingji-jishukaifaqu/', '.mentions h2'],
      ['/archive/', '.year-list li'],
      ['/archive/2023/', '.article-list .list-title'],
      ['/sources/', 'main > ul li'],
      ['/sitemap/', '.site-map li'],
      ['/no-such-page/', 'main > p'],
    ];
    const late: string[] = [];
    for (const [prefix] of SCRIPTS) {
      for (const [path, content] of pages) {
        await open(`${prefix}${path}`);
        const bottom = await firstLineBottom(content);
        if (bottom > PHONE.height) late.push(`${prefix}${path}: ${Math.round(bottom)} px`);
      }
    }
    expect(late).toEqual([]);
  });

  it('folds a long list of companies to its count, which opens; a short list stays open', async () => {
    const names = siteNames('companies', longList.companies);
    await open(`/articles/${longList.id}/`);
    const folded = page().locator('[data-names="companies"] details');
    expect(await folded.getAttribute('open')).toBeNull();
    expect(await folded.locator('summary').innerText()).toBe(`共 ${names.length} 家`);
    expect(await folded.locator('.chip').first().isVisible()).toBe(false);
    await folded.locator('summary').click();
    expect(await folded.locator('.chip').allInnerTexts()).toEqual(names);
    await open(`/articles/${shortList.id}/`);
    expect(await page().locator('[data-names="companies"] details').count()).toBe(0);
    expect(await page().locator('[data-names="companies"] .chip').first().isVisible()).toBe(true);
  });
});

describe('typography at narrow widths', () => {
  it('does not justify the text on a phone, and does on a desk', async () => {
    const align = () =>
      page()
        .locator('.prose p')
        .first()
        .evaluate((p) => getComputedStyle(p).textAlign);
    await open(`/articles/${longList.id}/`);
    expect(await align()).toMatch(/^(start|left)$/);
    await open(`/articles/${longList.id}/`, DESKTOP);
    expect(await align()).toBe('justify');
  });

  /** Elements (by selector) whose last line holds a single character, at each width from 300 to 480 px. */
  async function loneLastCharacters(selector: string): Promise<string[]> {
    const found: string[] = [];
    for (let width = 300; width <= 480; width += 4) {
      await page().setViewportSize({ width, height: 800 });
      const lone = await page()
        .locator(selector)
        .evaluateAll((els) =>
          els.flatMap((el) => {
            const tops: number[] = [];
            const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode() as Text | null; n; n = walker.nextNode() as Text | null) {
              for (let i = 0; i < n.length; i++) {
                const range = document.createRange();
                range.setStart(n, i);
                range.setEnd(n, i + 1);
                const rect = range.getClientRects()[0];
                if (rect && rect.width > 0) tops.push(rect.top);
              }
            }
            const last = tops.at(-1);
            if (last === undefined || tops.every((t) => Math.abs(t - last) < 4)) return [];
            return tops.filter((t) => Math.abs(t - last) < 4).length === 1 ? [el.textContent!.trim()] : [];
          }),
        );
      found.push(...lone.map((t) => `${width}px: ${t}`));
    }
    return found;
  }

  it('leaves no character alone on the last line of a title (lists and article headings)', async () => {
    await open('/');
    const lone = await loneLastCharacters('.list-title');
    for (const a of articles) {
      await open(`/articles/${a.id}/`);
      lone.push(...(await loneLastCharacters('main h1')));
    }
    expect(lone).toEqual([]);
  });

  it('never breaks inside a badge or a line range', async () => {
    const broken: string[] = [];
    for (const a of [derivedTitle, inferredDate, byTitle('注入中关村的创新基因')]) {
      await open(`/articles/${a.id}/`);
      for (let width = 300; width <= 480; width += 4) {
        await page().setViewportSize({ width, height: 800 });
        const split = await page()
          .locator('.badge, .line-range')
          .evaluateAll((els) => els.filter((e) => e.getClientRects().length > 1).map((e) => e.textContent));
        broken.push(...split.map((t) => `${a.id} at ${width}px: ${t}`));
      }
    }
    expect(broken).toEqual([]);
    await open(`/articles/${byTitle('注入中关村的创新基因').id}/`);
    expect(await page().locator('.raw-text summary').innerText()).toContain(lineLabel(source(byTitle('注入中关村的创新基因').id)!.lines!));
  });

  it('underlines a file name below its underscores, not through them', async () => {
    await open(`/articles/${longList.id}/`);
    const link = page().locator('.facts a:has(> code)');
    expect(await link.innerText()).toContain('_');
    const [offset, size] = await link.evaluate((a) => [parseFloat(getComputedStyle(a).textUnderlineOffset), parseFloat(getComputedStyle(a).fontSize)]);
    // An underscore reaches about 0.2 em below the baseline in monospace fonts.
    expect(offset! / size!).toBeGreaterThanOrEqual(0.3);
  });
});

describe('labels a phone can read', () => {
  it('says in words what a derived title and an inferred date mean, with the reason', async () => {
    await open(`/articles/${derivedTitle.id}/`);
    const notes = page().locator('.label-notes');
    expect(await notes.isVisible()).toBe(true);
    expect(await notes.innerText()).toMatch(/标题由正文生成：原版面没有印标题/);
    await open(`/articles/${inferredDate.id}/`);
    expect(await page().locator('.label-notes').innerText()).toContain(`推断：版面上没有印日期，这个日期是编辑推断的。依据：${String(frontMatter(inferredDate.id).dateNote)}`);
    // No meaning hidden in a tooltip a phone never shows.
    expect(await page().locator('.badge[title]').count()).toBe(0);
  });
});

describe('names cleaned up', () => {
  const fixture = byTitle('测试剪报：一家企业的两种写法');

  it('shows two names of one company as one company, and an institute apart, unlinked', async () => {
    await open(`/articles/${fixture.id}/`);
    expect(await page().locator('[data-names="companies"] .chip').allInnerTexts()).toEqual(['徐州天成自控汽车系统有限公司']);
    expect(await page().locator('[data-pagefind-filter="company"]').allTextContents()).toEqual(['徐州天成自控汽车系统有限公司']);
    const others = page().locator('[data-names="others"]');
    expect(await others.innerText()).toBe(otherNames(fixture.companies).join('\n'));
    expect(await others.locator('a').count()).toBe(0);
    await open('/companies/');
    const listed = await page().locator('.entity-index a').allInnerTexts();
    expect(listed).toContain('徐州天成自控汽车系统有限公司');
    expect(listed).not.toContain('天成自控');
    for (const other of otherNames(fixture.companies)) expect(listed).not.toContain(other);
  });

  it('links a subsidiary to its parent, and the parent to its subsidiaries', async () => {
    await open('/companies/');
    await page().getByRole('link', { name: '弗迪电池有限公司', exact: true }).click();
    await page().locator('dl.facts').getByRole('link', { name: '比亚迪', exact: true }).click();
    expect(await page().locator('h1').innerText()).toBe('比亚迪');
    expect(await page().locator('dl.facts').getByRole('link', { name: '弗迪电池有限公司' }).count()).toBe(1);
  });
});

describe('print', () => {
  it.each(SCRIPTS)('prints an article as an article: facts, text, captions, corrections, citation; no buttons or navigation (%s %s)', async (prefix) => {
    const target = byTitle('龙头企业集聚徐州经开区，大项目舒展新姿态');
    await open(`${prefix}/articles/${target.id}/`, DESKTOP);
    await page().emulateMedia({ media: 'print' });
    try {
      for (const gone of ['.script-switch', '.site-header nav', '.site-footer', '.prev-next', '.raw-text', '.cleaning-diff', '[data-report-error]', '.name-list summary']) {
        expect(await page().locator(gone).first().isVisible(), gone).toBe(false);
      }
      for (const kept of ['h1', 'dl.facts', '.prose', '.captions', '.corrections', '.citation-text', '[data-names="companies"] .chip']) {
        expect(await page().locator(kept).first().isVisible(), kept).toBe(true);
      }
    } finally {
      await page().emulateMedia({ media: 'screen' });
    }
  });
});

describe('the site map', () => {
  it.each(SCRIPTS)('the footer links to a readable site map page whose links all work (%s %s)', async (prefix) => {
    await open(`${prefix}/`);
    await page()
      .locator('.site-footer')
      .getByRole('link', { name: /网站地图|網站地圖/ })
      .click();
    await page().waitForURL(`**${prefix}/sitemap/`);
    expect(await page().locator('h1').innerText()).toMatch(/网站地图|網站地圖/);
    expect(await page().getAttribute('html', 'lang')).toBe(prefix ? 'zh-Hant' : 'zh-CN');
    const hrefs = await page()
      .locator('.site-map a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(hrefs.length).toBeGreaterThan(5);
    for (const href of hrefs) {
      if (prefix && !href.endsWith('.xml')) expect(href.startsWith('/zh-hant/'), href).toBe(true);
      expect((await fetch(`${baseUrl}${href}`)).status, href).toBe(200);
    }
  });
});

describe('纠错', () => {
  it('every article has a 纠错 link with its title, address and raw lines filled in', async () => {
    for (const a of articles) {
      await open(`/articles/${a.id}/`);
      const href = await page().locator('[data-report-error]').getAttribute('href');
      expect(href, a.id).toMatch(/^mailto:[^?]+@[^?]+\?subject=/);
      const url = new URL(href!);
      expect(url.searchParams.get('subject')).toContain(a.title);
      const body = url.searchParams.get('body')!;
      expect(body).toContain(`/articles/${a.id}/`);
      const src = source(a.id);
      if (src?.file) expect(body, a.id).toContain(`${src.file}${src.lines ? ` ${lineLabel(src.lines)}` : ''}`);
    }
  });
});

describe('the 404 page', () => {
  it('answers a miss in the script of the address asked for, keeping the address', async () => {
    let response = await page().goto(`${baseUrl}/zh-hant/articles/no-such-article/`);
    expect(response?.status()).toBe(404);
    await page().waitForFunction(() => document.documentElement.lang === 'zh-Hant');
    expect(await page().locator('h1').innerText()).toBe('找不到這個頁面');
    expect(new URL(page().url()).pathname).toBe('/zh-hant/articles/no-such-article/');
    expect(await page().locator('.site-header nav a').first().getAttribute('href')).toBe('/zh-hant/');
    expect(await page().locator('[data-script-switch]').getAttribute('href')).toBe('/');
    response = await page().goto(`${baseUrl}/articles/no-such-article/`);
    expect(response?.status()).toBe(404);
    expect(await page().getAttribute('html', 'lang')).toBe('zh-CN');
    expect(await page().locator('h1').innerText()).toBe('找不到这个页面');
  });

  it("is also written as dist/zh-hant/404.html, for hosts that serve a folder's own 404 page", () => {
    const twin = readFileSync(join(dist, 'zh-hant/404.html'), 'utf8');
    expect(twin).toContain('<html lang="zh-Hant">');
    expect(twin).toContain('找不到這個頁面');
  });
});

describe('screenshots', () => {
  const article = byTitle('龙头企业集聚徐州经开区，大项目舒展新姿态');
  const pages: Array<[string, string]> = [
    ['home', '/'],
    ['article', `/articles/${article.id}/`],
    ['park', '/parks/xuzhou-jingji-jishukaifaqu/'],
    ['404', '/no-such-page/'],
  ];

  it('are saved for home, an article, a park, 404 and print: phone and desktop, both scripts, light and dark', async () => {
    const saved: string[] = [];
    for (const [prefix, script] of SCRIPTS) {
      for (const size of [PHONE, DESKTOP]) {
        for (const scheme of ['light', 'dark'] as const) {
          await page().emulateMedia({ colorScheme: scheme, media: 'screen' });
          for (const [name, path] of pages) {
            await open(`${prefix}${path}`, size);
            if (name === '404' && prefix) await page().waitForFunction(() => document.documentElement.lang === 'zh-Hant');
            const file = join(shots, `reader-${name}-${script}-${size.width}-${scheme}.png`);
            await page().screenshot({ path: file });
            saved.push(file);
          }
          await open(`${prefix}/articles/${article.id}/`, size);
          await page().emulateMedia({ colorScheme: scheme, media: 'print' });
          const file = join(shots, `reader-print-${script}-${size.width}-${scheme}.png`);
          await page().screenshot({ path: file, fullPage: true });
          saved.push(file);
        }
      }
    }
    await page().emulateMedia({ colorScheme: 'light', media: 'screen' });
    expect(saved.filter((f) => !existsSync(f))).toEqual([]);
    expect(saved.length).toBe(40);
  });
});

describe('accessibility of the new parts (axe-core, WCAG 2.2 AA)', () => {
  it('finds no serious or critical violation', async () => {
    const context = await session.browser().newContext({ bypassCSP: true, viewport: PHONE });
    const audit = await context.newPage();
    const problems: string[] = [];
    await audit.goto(`${baseUrl}/companies/`);
    const subsidiary = (await audit.getByRole('link', { name: '弗迪电池有限公司', exact: true }).getAttribute('href'))!;
    const paths = ['/sitemap/', '/zh-hant/sitemap/', `/articles/${longList.id}/`, `/articles/${byTitle('测试剪报：一家企业的两种写法').id}/`, subsidiary, '/zh-hant/no-such-page/', '/'];
    for (const scheme of ['light', 'dark'] as const) {
      await audit.emulateMedia({ colorScheme: scheme });
      for (const path of paths) {
        await audit.goto(`${baseUrl}${path}`);
        if (path.startsWith('/zh-hant/no-such')) await audit.waitForFunction(() => document.documentElement.lang === 'zh-Hant');
        if ((await audit.locator('details.name-list summary').count()) > 0) await audit.locator('details.name-list summary').first().click();
        for (const problem of await axeProblems(audit)) problems.push(`${scheme} ${path}: ${problem}`);
      }
    }
    await context.close();
    expect(problems).toEqual([]);
  });
});
