import { mkdirSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { articleRecord } from '../lib/export/article-record.ts';
import { articleSchema } from '../schema/article.ts';
import { writeArticleFiles } from './article-files.ts';

const record = (id: string, title: string) => articleRecord({ id, data: articleSchema.parse({ title, date: '2023-06' }), text: '正文。' }, 'https://archive.example.net');

function siteWith(articles: ReturnType<typeof record>[]): string {
  const site = mkdtempSync(join(tmpdir(), 'article-files-'));
  mkdirSync(join(site, 'data'), { recursive: true });
  mkdirSync(join(site, 'articles'), { recursive: true });
  writeFileSync(join(site, 'data/articles.json'), JSON.stringify({ articles }));
  return site;
}

it('writes each article’s files, then on the next build writes only what changed and touches the rest', async () => {
  const site = siteWith([record('a', '甲'), record('b', '乙')]);
  expect(await writeArticleFiles(site)).toEqual({ files: 6, written: 6 });
  const long = new Date('2020-01-01');
  for (const f of ['a.json', 'a.ris', 'a.bib', 'b.json']) utimesSync(join(site, 'articles', f), long, long);
  // Article b's title changed: its three files are written again, a's are touched.
  writeFileSync(join(site, 'data/articles.json'), JSON.stringify({ articles: [record('a', '甲'), record('b', '乙改')] }));
  expect(await writeArticleFiles(site)).toEqual({ files: 6, written: 3 });
  expect(readFileSync(join(site, 'articles/b.json'), 'utf8')).toContain('乙改');
  // Touched: newer than the build's start, so the stale-file sweep keeps it.
  expect(statSync(join(site, 'articles/a.ris')).mtimeMs).toBeGreaterThan(long.getTime());
});
