import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { checkArticles } from './check-articles.ts';
import { entitySchema } from '../src/schema/entity.ts';

const root = new URL('../', import.meta.url).pathname;

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'check-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
const md = (front: string, body = '正文。') => `---\n${front}\n---\n\n${body}\n`;

const authority = {
  parks: [
    entitySchema.parse({ name: '徐州经济技术开发区', aliases: ['徐州经开区'], shortForms: ['经开区'], city: '徐州', kind: '经开区' }),
    entitySchema.parse({ name: '徐州软件园', city: '徐州', kind: '软件园' }),
  ],
  companies: [entitySchema.parse({ name: '某某材料（徐州）有限公司', aliases: ['某某材料'] }), entitySchema.parse({ name: '某某研究院', kind: '研究院' })],
};

it('names every bad file and field, and passes good ones', () => {
  const dir = folder({ 'good.md': md('title: 好文章'), 'bad-date.md': md('title: 坏日期\ndate: 2024-02-30'), 'no-title.md': md('date: "2023"') });
  const { checked, errors } = checkArticles(dir);
  expect(checked).toBe(3);
  expect(errors).toContainEqual(expect.stringMatching(/bad-date\.md: date: 2024-02-30 is not a day in the calendar: February 2024 has 29 days$/));
  expect(errors).toContainEqual(expect.stringMatching(/no-title\.md: title: missing — add a line title: …$/));
  expect(errors.some((e) => e.includes('good.md'))).toBe(false);
});

describe('names', () => {
  it('says that a name written by its alias, short form or without its bracketed place is shown under its canonical name', () => {
    const dir = folder({ 'a.md': md('title: 甲\nparks: [徐州经开区]\ncompanies: [某某材料有限公司]') });
    const { errors, warnings, notes } = checkArticles(dir, authority);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([]);
    expect(notes).toEqual([
      expect.stringMatching(/a\.md: parks: 徐州经开区 is shown as 徐州经济技术开发区, its name in content\/entities\/parks\.yaml \(one page, one set of links; writing 徐州经济技术开发区 says the same\)$/),
      expect.stringMatching(/a\.md: companies: 某某材料有限公司 is shown as 某某材料（徐州）有限公司/),
    ]);
  });
  it('says when two names of one list are one park, and when an entry is neither park nor company', () => {
    const dir = folder({ 'a.md': md('title: 甲\nparks: [徐州经开区, 徐州经济技术开发区]\ncompanies: [某某研究院]') });
    const { notes } = checkArticles(dir, authority);
    expect(notes).toContainEqual(expect.stringMatching(/a\.md: parks: 徐州经开区 and 徐州经济技术开发区 are one park, 徐州经济技术开发区: the site lists it once$/));
    expect(notes).toContainEqual(expect.stringMatching(/a\.md: companies: 某某研究院 is a 研究院 in content\/entities\/companies\.yaml, listed apart/));
  });
  it('warns, without failing, about an unknown name, with the nearest names and the line that adds it', () => {
    const dir = folder({ 'a.md': md('title: 甲\nparks: [徐州软仵园, 南京江北新区]'), 'b.md': md('title: 乙\nparks: [南京江北新区]') });
    const { errors, warnings } = checkArticles(dir, authority);
    expect(errors).toEqual([]);
    expect(warnings).toEqual([
      expect.stringMatching(
        /a\.md: parks: 徐州软仵园 is not in content\/entities\/parks\.yaml — did you mean 徐州软件园\? If it is a park of its own, add it there with one line: - \{name: 徐州软仵园, city: 徐州\}$/,
      ),
      expect.stringMatching(/a\.md \(and 1 more\): parks: 南京江北新区 is not in content\/entities\/parks\.yaml — if it is a park of its own, add it there with one line: - \{name: 南京江北新区, city: 南京, kind: 新区\}$/),
    ]);
  });
  it('says when a company is listed as a park', () => {
    const { warnings } = checkArticles(folder({ 'a.md': md('title: 甲\nparks: [某某材料]') }), authority);
    expect(warnings).toEqual([expect.stringMatching(/a\.md: parks: 某某材料 is a company in content\/entities\/companies\.yaml, not a park — move it to companies:$/)]);
  });
  it('refuses names run together with a Chinese comma in one list item', () => {
    const { errors } = checkArticles(folder({ 'a.md': md('title: 甲\nparks: [徐州经开区、徐州软件园]') }), authority);
    expect(errors).toEqual([expect.stringMatching(/a\.md: parks, item 1: "徐州经开区、徐州软件园" holds more than one name; the list takes one per item — write parks: \[徐州经开区, 徐州软件园\]$/)]);
  });
});

describe('the whole folder', () => {
  it('refuses two published articles cut from the same raw lines, and lets a draft copy be', () => {
    const claim = (lines: string, draft = false) => md(`title: 同一篇\nsource:\n  file: raw.txt\n  lines: "${lines}"\ndraft: ${draft}`);
    const dir = folder({ 'a.md': claim('5-20'), 'b.md': claim('18-30'), 'c.md': claim('1-40', true), 'd.md': claim('31-40') });
    const { errors } = checkArticles(dir);
    expect(errors).toEqual([
      expect.stringMatching(/b\.md: source\.lines: claims lines 18-20 of raw\.txt, as .*a\.md does — the article would be published twice: delete one of the two, set draft: true on one, or correct source\.lines$/),
    ]);
  });
  it('lists drafts and refuses the new-article placeholder in a published article only', () => {
    const dir = folder({ 'draft.md': md('title: 未完\ndraft: true', '【待填写】'), 'done.md': md('title: 写完了\ndraft: false', '【待填写】正文') });
    const { errors, drafts, publishable } = checkArticles(dir);
    expect(drafts).toEqual([expect.stringMatching(/draft\.md — 未完$/)]);
    expect(errors).toEqual([expect.stringMatching(/done\.md: body: still holds the new-article placeholder 【待填写】 — write what belongs there, or keep draft: true until the article is done$/)]);
    expect(publishable).toBe(0);
  });
  it('refuses a former address that is another article’s address', () => {
    const { errors } = checkArticles(folder({ 'a.md': md('title: 甲\nformerSlugs: [b]'), 'b.md': md('title: 乙') }));
    expect(errors).toEqual([expect.stringMatching(/a\.md: formerSlugs: former address b is the address of b\.md — remove it from formerSlugs, or rename one of the two$/)]);
  });
  it('warns about an article the ingest wrote whose file is gone', () => {
    const dir = folder({ 'a.md': md('title: 甲'), '.ingest-manifest.json': JSON.stringify({ 'old.md': { source: 'raw.txt', sha256: 'x' } }) });
    expect(checkArticles(dir).warnings).toEqual([expect.stringMatching(/old\.md: the ingest wrote this article and the file is gone — if you renamed it, run npm run ingest/)]);
  });
});

it('the committed articles all pass `npm run check`', () => {
  const run = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/check-articles.ts')], { cwd: root, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/articles checked \(\d+ to publish, \d+ draft\(s\)\), 0 with problems/);
});
