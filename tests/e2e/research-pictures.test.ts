// Pictures for researchers (issue 21): the archive's chart, the companies on a park's page, and
// /network/. Static SVG, readable by screen readers, legible on a phone and a desktop.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { parsePartialDate } from '../../src/schema/partial-date.ts';
import { axeProblems } from './axe.ts';
import { useBrowserPage } from './browser.ts';
import { expectedPairs, fullArticles } from './research-expected.ts';
import { root } from './site-process.ts';

const baseUrl = inject('baseUrl');
const articles = fullArticles(inject('articlesDir'));
const pairs = expectedPairs(articles);
const shots = join(root, 'test-results/screenshots');
const session = useBrowserPage();
const SIZES = [
  [390, 844],
  [1280, 900],
] as const;

beforeAll(() => mkdirSync(shots, { recursive: true }));

/** The pictures a reader sees: SVGs shown (the other width's drawing is display:none). */
async function visibleSvgs(page: Page, scope: string) {
  return page.locator(`${scope} svg[role="img"]`).evaluateAll((svgs) =>
    svgs
      .filter((s) => s.getBoundingClientRect().width > 0)
      .map((s) => ({
        title: s.querySelector(':scope > title')?.textContent ?? '',
        labelledBy: (s.getAttribute('aria-labelledby') ?? '').split(' ').map((id) => document.getElementById(id)?.textContent ?? ''),
        width: s.getBoundingClientRect().width,
        right: s.getBoundingClientRect().right,
        rects: [...s.querySelectorAll('rect')].map((r) => r.querySelector('title')?.textContent ?? ''),
        // The links over the picture (a layer of its own: an image holds no links).
        links: [...(s.parentElement?.querySelectorAll(':scope > .chart-links a') ?? [])].map((a) => ({ href: a.getAttribute('href')!, name: a.querySelector('title')?.textContent ?? '' })),
      })),
  );
}

/** Boxes of the visible labels in a picture that overlap one another. */
async function overlappingLabels(page: Page, scope: string): Promise<string[]> {
  return page.locator(`${scope} svg[role="img"]`).evaluateAll((svgs) => {
    const found: string[] = [];
    for (const svg of svgs.filter((s) => s.getBoundingClientRect().width > 0)) {
      const boxes = [...svg.querySelectorAll('text')].map((t) => ({ text: t.textContent!, box: t.getBoundingClientRect() }));
      for (let i = 0; i < boxes.length; i++)
        for (let j = i + 1; j < boxes.length; j++) {
          const [a, b] = [boxes[i]!.box, boxes[j]!.box];
          if (a.left < b.right - 1 && b.left < a.right - 1 && a.top < b.bottom - 1 && b.top < a.bottom - 1) found.push(`${boxes[i]!.text} × ${boxes[j]!.text}`);
        }
    }
    return found;
  });
}

describe('/archive/', () => {
  it('shows articles per year and per month as pictures with titles, and the numbers in a table', async () => {
    const page = session.page();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${baseUrl}/archive/`);
    const svgs = await visibleSvgs(page, '.archive-charts');
    expect(svgs.map((s) => s.title)).toEqual([expect.stringMatching(/年至\d{4}年每年的文章数$/), expect.stringMatching(/月至\d{4}年\d+月每月的文章数$/)]);
    const dates = articles.map((a) => (a.data.date ? parsePartialDate(a.data.date)! : undefined));
    const monthsWithArticles = new Set(dates.filter((d) => d?.month).map((d) => `${d!.year}年${d!.month}月`));
    // One column per month that has articles, each saying its count.
    const monthColumns = svgs[1]!.rects.map((t) => t.split('：')[0]);
    expect(new Set(monthColumns)).toEqual(monthsWithArticles);
    for (const d of monthsWithArticles) expect(svgs[1]!.rects).toContain(`${d}：${dates.filter((x) => x?.month && `${x.year}年${x.month}月` === d).length} 篇`);
    // The words a screen reader gets: the title and a summary.
    expect(svgs[1]!.labelledBy[1]).toMatch(/共 \d+ 个月，其中 \d+ 个月没有文章/);
    await page.locator('.chart-data summary').click();
    const totals = await page.locator('.count-table tbody tr').evaluateAll((rows) => rows.map((r) => [r.querySelector('th')!.textContent, Number(r.lastElementChild!.textContent)]));
    for (const [year, total] of totals) expect(total, String(year)).toBe(dates.filter((d) => d && String(d.year) === year).length);
  });

  it('is drawn for the phone on a phone, in Traditional characters on the twin', async () => {
    const page = session.page();
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`${baseUrl}/zh-hant/archive/`);
    const svgs = await visibleSvgs(page, '.archive-charts');
    expect(svgs.length).toBe(2);
    for (const s of svgs) expect(s.right).toBeLessThanOrEqual(390);
    expect(svgs[0]!.title).toMatch(/每年的文章數$/);
    expect(await overlappingLabels(page, '.archive-charts')).toEqual([]);
    await page.screenshot({ path: join(shots, 'archive-chart-zh-hant-390.png'), fullPage: true });
  });
});

describe('a park page', () => {
  it('lists, for every park, the companies named in the same articles, with counts and links', async () => {
    const page = session.page();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${baseUrl}/parks/`);
    const parks = await page.locator('.entity-index a').evaluateAll((as) => as.map((a) => ({ name: a.textContent!, href: a.getAttribute('href')! })));
    expect(parks.length).toBe(pairs.size);
    for (const park of parks) {
      await page.goto(`${baseUrl}${park.href}`);
      const listed = await page
        .locator('.co-named-list li')
        .evaluateAll((lis) =>
          lis.map((li) => ({ name: li.querySelector('a')!.textContent!, href: li.querySelector('a')!.getAttribute('href')!, count: Number(/（(\d+) 篇）/.exec(li.textContent!)![1]) })),
        );
      const expected = pairs.get(park.name)!;
      expect(Object.fromEntries(listed.map((l) => [l.name, l.count])), park.name).toEqual(Object.fromEntries(expected));
      for (const l of listed) expect(l.href).toMatch(/^\/companies\/[a-z0-9-]+\/$/);
      // Most shared first.
      expect(listed.map((l) => l.count)).toEqual([...listed.map((l) => l.count)].sort((a, b) => b - a));
      if (listed.length > 0) {
        const [svg] = await visibleSvgs(page, '.co-named');
        expect(svg!.title).toBe(`与${park.name}出现在同一篇文章中的企业`);
        expect(svg!.links.map((l) => l.href)).toEqual(listed.slice(0, svg!.links.length).map((l) => l.href));
      }
    }
  });

  it('shows the picture whole on a phone and a desktop', async () => {
    const page = session.page();
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      await page.goto(`${baseUrl}/parks/xuzhou-jingji-jishukaifaqu/`);
      await page.locator('.co-named').scrollIntoViewIfNeeded();
      await page.screenshot({ path: join(shots, `park-companies-${width}.png`) });
      const [svg] = await visibleSvgs(page, '.co-named');
      expect(svg!.right).toBeLessThanOrEqual(width);
      expect(await overlappingLabels(page, '.co-named')).toEqual([]);
    }
  });
});

describe('/network/', () => {
  it('draws every park and company named together as a linked node, and every pair as a line', async () => {
    const page = session.page();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${baseUrl}/parks/`);
    await page.getByRole('link', { name: '园区与企业关系图' }).click();
    await page.waitForURL('**/network/');
    const [svg] = await visibleSvgs(page, '.network');
    const linkedParks = [...pairs].filter(([, cs]) => cs.size > 0).map(([p]) => p);
    const linkedCompanies = new Set([...pairs.values()].flatMap((cs) => [...cs.keys()]));
    const nodes = svg!.links.map((l) => l.name.replace(/（\d+ 篇）$/, ''));
    expect(nodes.sort()).toEqual([...linkedParks, ...linkedCompanies].sort());
    for (const link of svg!.links) expect(link.href).toMatch(/^\/(parks|companies)\/[a-z0-9-]+\/$/);
    const lines = await page.locator('.network .chart-wide svg[role="img"] path title').allTextContents();
    const expected = [...pairs].flatMap(([park, cs]) => [...cs].map(([company, n]) => `${park} — ${company}：${n} 篇文章同时提到`));
    expect(lines.sort()).toEqual(expected.sort());
    // The same in words beside it: each park with its companies, linked.
    const listed = await page.locator('.network-list > li').evaluateAll((lis) => lis.map((li) => li.querySelector('a')!.textContent));
    expect(listed.sort()).toEqual(linkedParks.sort());
  });

  it('is legible on a phone and a desktop: inside the screen, no label over another, links that lead somewhere', async () => {
    const page = session.page();
    for (const [width, height] of SIZES) {
      await page.setViewportSize({ width, height });
      await page.goto(`${baseUrl}/network/`);
      await page.screenshot({ path: join(shots, `network-${width}.png`), fullPage: true });
      const [svg] = await visibleSvgs(page, '.network');
      expect(svg!.right, `${width}px`).toBeLessThanOrEqual(width);
      expect(await overlappingLabels(page, '.network'), `${width}px`).toEqual([]);
      const fontSize = await page.locator('.network svg[role="img"]').evaluateAll((svgs) => {
        const shown = svgs.find((s) => s.getBoundingClientRect().width > 0)!;
        return shown.querySelector('text')!.getBoundingClientRect().height;
      });
      expect(fontSize, `label height at ${width}px`).toBeGreaterThanOrEqual(12);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow).toBeLessThanOrEqual(0);
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${baseUrl}/network/`);
    await page.locator('.network .chart-wide .chart-links a').first().click();
    expect(new URL(page.url()).pathname).toMatch(/^\/parks\/[a-z0-9-]+\/$/);
  });

  it('shows the twin in Traditional characters, with its links in the twin', async () => {
    const page = session.page();
    await page.goto(`${baseUrl}/zh-hant/network/`);
    const [svg] = await visibleSvgs(page, '.network');
    expect(svg!.title).toBe('園區與企業：哪些企業與哪些園區出現在同一篇文章中');
    const labels = await page.locator('.network .chart-wide text').allTextContents();
    expect(labels).toContain('園區');
    expect(labels.join('')).not.toMatch(/经济|开发区|园区/);
    for (const link of svg!.links) expect(link.href).toMatch(/^\/zh-hant\/(parks|companies)\//);
  });
});

describe('accessibility of the pictures (axe-core, WCAG 2.2 AA)', () => {
  it('finds no serious or critical violation on the pages that carry them', async () => {
    const context = await session.browser().newContext({ bypassCSP: true });
    const auditPage = await context.newPage();
    const problems: string[] = [];
    for (const [width, height] of SIZES)
      for (const scheme of ['light', 'dark'] as const) {
        await auditPage.setViewportSize({ width, height });
        await auditPage.emulateMedia({ colorScheme: scheme });
        for (const path of ['/network/', '/archive/', '/parks/xuzhou-jingji-jishukaifaqu/', '/companies/biyadi/', '/data/', '/zh-hant/network/']) {
          await auditPage.goto(`${baseUrl}${path}`);
          for (const problem of await axeProblems(auditPage)) problems.push(`${width}px ${scheme} ${path}: ${problem}`);
        }
      }
    await context.close();
    expect(problems).toEqual([]);
  });
});
