// The archive as data and citations to take away (issue 21): the files the build writes, read
// back with the site's own schema and with the parsers reference managers use.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parseBibtex, parseRisTags, parseRisToCsl } from '../../src/lib/export/citation-parsers.ts';
import { articlesFileSchema, entitiesFileSchema, exportedArticleSchema } from '../../src/schema/export.ts';
import { parsePartialDate } from '../../src/schema/partial-date.ts';
import { useBrowserPage } from './browser.ts';
import { expectedPairs, fullArticles } from './research-expected.ts';
import { siteNames } from './site-names.ts';

const baseUrl = inject('baseUrl');
const dist = inject('distDir');
const articles = fullArticles(inject('articlesDir'));
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const site = (JSON.parse(read('data/articles.json')) as { site: string }).site;
const session = useBrowserPage();

describe('the archive as data', () => {
  it('/data/articles.json holds every published article and passes the export schema', () => {
    const file = articlesFileSchema.parse(JSON.parse(read('data/articles.json')));
    expect(file.articles.map((a) => a.id).sort()).toEqual(articles.map((a) => a.id).sort());
    for (const a of articles) {
      const record = file.articles.find((r) => r.id === a.id)!;
      expect(record.title).toBe(a.data.title);
      expect(record.url).toBe(`${file.site}/articles/${a.id}/`);
      expect(record.date?.value, a.id).toBe(a.data.date);
      expect(record.date?.precision, a.id).toBe(a.data.date ? parsePartialDate(a.data.date)!.precision : undefined);
      expect(record.parks).toEqual(a.data.parks);
      expect(record.companies).toEqual(a.data.companies);
      expect(record.captions).toEqual(a.data.captions ?? []);
      // Plain text: the first words of the body, and no Markdown or HTML left in it.
      const first = a.body
        .split('\n\n')
        .map((p) => p.trim().replace(/^([-*]|\d+\.) /, ''))
        .find((p) => p && !p.startsWith('#') && !p.startsWith('<'))!;
      expect(record.text, a.id).toContain(first.replace(/\*\*/g, '').slice(0, 10));
      expect(record.text, a.id).not.toMatch(/<\/?[a-z][^>]*>|\*\*|^#+ /m);
    }
  });

  it('writes one JSON file per article beside its page, the same record as in articles.json', () => {
    const all = articlesFileSchema.parse(JSON.parse(read('data/articles.json'))).articles;
    for (const record of all) {
      const path = `articles/${record.id}.json`;
      expect(existsSync(join(dist, `articles/${record.id}/index.html`)), path).toBe(true);
      expect(exportedArticleSchema.parse(JSON.parse(read(path)))).toEqual(record);
    }
  });

  it('/data/parks.json and /data/companies.json list each name with its articles and the names of the other kind beside it', () => {
    const pairs = expectedPairs(articles);
    const parks = entitiesFileSchema.parse(JSON.parse(read('data/parks.json')));
    expect(parks.entities.map((e) => e.name).sort()).toEqual([...pairs.keys()].sort());
    for (const park of parks.entities) {
      expect(park.articles.sort()).toEqual(
        articles
          .filter((a) => siteNames('parks', a.data.parks).includes(park.name))
          .map((a) => a.id)
          .sort(),
      );
      expect(Object.fromEntries(park.coNamed.map((c) => [c.name, c.articles]))).toEqual(Object.fromEntries(pairs.get(park.name)!));
    }
    const companies = entitiesFileSchema.parse(JSON.parse(read('data/companies.json')));
    const biyadi = companies.entities.find((e) => e.name === '比亚迪')!;
    expect(biyadi.coNamed.map((c) => c.name).sort()).toEqual(
      [...pairs]
        .filter(([, cs]) => cs.has('比亚迪'))
        .map(([p]) => p)
        .sort(),
    );
  });
});

describe('citations to take away', () => {
  it('every article page links its RIS and BibTeX files in 引用本文, and both parse', async () => {
    for (const a of articles) {
      await session.page().goto(`${baseUrl}/articles/${a.id}/`);
      const links = session.page().locator('.citation a');
      const hrefs = await links.evaluateAll((as) => as.map((x) => x.getAttribute('href')!));
      expect(hrefs, a.id).toContain(`/articles/${a.id}.ris`);
      expect(hrefs, a.id).toContain(`/articles/${a.id}.bib`);
      const permalink = `${site}/articles/${a.id}/`;

      const ris = await (await fetch(`${baseUrl}/articles/${a.id}.ris`)).text();
      const [tags] = parseRisTags(ris);
      expect(tags!.TI, a.id).toBe(a.data.title);
      expect(tags!.TY).toBe(a.data.source?.publication && !a.data.source.url ? 'NEWS' : 'ELEC');
      expect([tags!.UR, tags!.N1].join(' ')).toContain(permalink);
      const [csl] = parseRisToCsl(ris);
      expect(csl!.title).toBe(a.data.title);
      if (a.data.date) {
        const d = parsePartialDate(a.data.date)!;
        // DA carries the precision known: no more parts than the front matter has.
        expect(tags!.DA).toBe(`${d.year}/${d.month ? String(d.month).padStart(2, '0') : ''}/${d.day ? String(d.day).padStart(2, '0') : ''}/`);
        expect((csl!.issued as { 'date-parts': number[][] })['date-parts'][0]![0]).toBe(d.year);
      }

      const { entries, errors } = parseBibtex(await (await fetch(`${baseUrl}/articles/${a.id}.bib`)).text());
      expect(errors, a.id).toEqual([]);
      expect(entries).toHaveLength(1);
      // As a reference manager reads it: the title (its subtitle after a colon), spaces as spaces.
      const read = String(entries[0]!.csl.title).normalize('NFKC');
      expect(read.startsWith(a.data.title.normalize('NFKC')), `${a.id}: ${read}`).toBe(true);
      expect(entries[0]!.fields.date).toBe(a.data.date);
      expect([entries[0]!.fields.url, entries[0]!.fields.note].join(' ')).toContain(permalink);
    }
  });

  it('offers the whole archive in one RIS and one BibTeX file', () => {
    expect(
      parseRisTags(read('data/articles.ris'))
        .map((r) => r.TI)
        .sort(),
    ).toEqual(articles.map((a) => a.data.title).sort());
    const { entries, errors } = parseBibtex(read('data/articles.bib'));
    expect(errors).toEqual([]);
    expect(new Set(entries.map((e) => e.key)).size).toBe(articles.length);
  });

  it('documents the files on /data/, in both scripts', async () => {
    await session.page().goto(`${baseUrl}/data/`);
    const hrefs = await session
      .page()
      .locator('main a')
      .evaluateAll((as) => as.map((x) => x.getAttribute('href')));
    expect(hrefs).toEqual(expect.arrayContaining(['/data/articles.json', '/data/parks.json', '/data/companies.json', '/data/articles.ris', '/data/articles.bib']));
    await session.page().goto(`${baseUrl}/zh-hant/data/`);
    expect(await session.page().locator('h1').innerText()).toBe('數據下載');
  });
});
