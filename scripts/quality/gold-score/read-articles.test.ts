import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseArticle, readArticles, sourceFileOf } from './read-articles.ts';
import { PyTimestamp } from './python-values.ts';

describe('parseArticle', () => {
  it('splits front matter from the body and reads the raw file name', () => {
    const a = parseArticle('a.md', '---\ntitle: 甲\ndate: 2023-06-15\nsource:\n  file: raw/p.txt\n---\n\n正文\n');
    expect(a).toMatchObject({ source: 'p.txt', body: '正文\n' });
    expect(a!.frontMatter.date).toEqual(new PyTimestamp('2023-06-15'));
  });
  it('skips a file without front matter and keeps one whose front matter does not parse, with none', () => {
    expect(parseArticle('a.md', '正文')).toBeUndefined();
    expect(parseArticle('a.md', '---\ntitle: [甲\n---\n正文')).toMatchObject({ frontMatter: {}, source: '', body: '正文' });
  });
});

describe('sourceFileOf', () => {
  it('takes source.file, then raw or path, or a bare source', () => {
    expect(sourceFileOf({ source: { raw: 'a/b.txt' } })).toBe('b.txt');
    expect(sourceFileOf({ source: 'c.txt' })).toBe('c.txt');
    expect(sourceFileOf({})).toBe('');
  });
});

describe('readArticles', () => {
  const root = mkdtempSync(join(tmpdir(), 'read-articles-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  it('reads .md and .mdx at any depth, skips hidden ones, reads CRLF as LF and names a file that is not UTF-8', () => {
    mkdirSync(join(root, 'sub'));
    mkdirSync(join(root, '.hidden'));
    writeFileSync(join(root, 'a.md'), '---\r\nsource: p.txt\r\n---\r\n甲\r\n');
    writeFileSync(join(root, 'sub', 'b.mdx'), '---\nsource: p.txt\n---\n乙');
    writeFileSync(join(root, '.hidden', 'c.md'), '---\nsource: p.txt\n---\n丙');
    writeFileSync(join(root, 'bad.md'), Buffer.from([0x2d, 0x2d, 0x2d, 0x0a, 0xff, 0xfe]));
    const { articles, problems } = readArticles(root);
    expect(articles.map((a) => a.body).sort()).toEqual(['乙', '甲\n']);
    expect(problems).toEqual([expect.stringContaining('bad.md: not valid UTF-8')]);
  });
});
