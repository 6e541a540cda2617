import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { languageModel } from '../../src/core/language-model/load.ts';
import { suspectsSchema } from '../../src/schema/suspects.ts';

const root = new URL('../../', import.meta.url).pathname;
const fixture = join(root, 'tests/fixtures/two-items.txt');

function ingest(args: string[]) {
  return spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/ingest/cli.ts'), ...args], { cwd: root, encoding: 'utf8' });
}

describe('npm run ingest -- --out DIR FILE...', () => {
  it('writes the given files into DIR only, and a second run changes nothing', () => {
    const out = mkdtempSync(join(tmpdir(), 'ingest-out-'));
    const first = ingest(['--out', out, fixture]);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/2 article\(s\) — 2 created/);
    const files = readdirSync(out)
      .filter((f) => f.endsWith('.md'))
      .sort();
    expect(files.length).toBe(2);
    for (const f of files) expect(readFileSync(join(out, f), 'utf8')).toContain('file: two-items.txt');
    const before = files.map((f) => readFileSync(join(out, f), 'utf8'));
    const second = ingest(['--out', out, fixture]);
    expect(second.stdout).toMatch(/0 created, 0 updated, 2 unchanged/);
    expect(files.map((f) => readFileSync(join(out, f), 'utf8'))).toEqual(before);
  });

  it('names each bad file, still writes the good ones, and exits non-zero', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-bad-'));
    const out = join(dir, 'out');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0xff, 0x10]));
    copyFileSync(fixture, join(dir, '剪报 一.txt'));
    const run = ingest(['--out', out, join(dir, 'empty.txt'), join(dir, 'binary.txt'), join(dir, '剪报 一.txt'), join(dir, 'missing.txt')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/✖ .*empty\.txt: the file is empty/);
    expect(run.stdout).toMatch(/✖ .*binary\.txt: not text/);
    expect(run.stdout).toMatch(/✖ .*missing\.txt: no such file/);
    expect(run.stdout).toMatch(/✔ .*剪报 一\.txt/);
    expect(readdirSync(out).filter((f) => f.endsWith('.md')).length).toBe(2);
  });

  it('cleans files on several threads exactly as on one, bad files named, in the files’ order', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-threads-'));
    writeFileSync(join(dir, 'empty.txt'), '');
    const files = [
      join(root, 'tests/fixtures/unseen-page.txt'),
      join(dir, 'empty.txt'),
      fixture,
      ...readdirSync(join(root, 'tests/fixtures/new-layouts')).map((f) => join(root, 'tests/fixtures/new-layouts', f)),
    ];
    const one = ingest(['--out', join(dir, 'one'), '--threads', '1', ...files]);
    const two = ingest(['--out', join(dir, 'two'), '--threads', '2', ...files]);
    expect(two.status).toBe(1);
    expect(two.stdout.replaceAll(join(dir, 'two'), 'OUT')).toBe(one.stdout.replaceAll(join(dir, 'one'), 'OUT'));
    expect(two.stdout).toMatch(/✖ .*empty\.txt: the file is empty/);
    const written = (out: string) =>
      readdirSync(out)
        .sort()
        .map((f) => [f, readFileSync(join(out, f), 'utf8')]);
    expect(written(join(dir, 'two'))).toEqual(written(join(dir, 'one')));
    expect(readdirSync(join(dir, 'two')).filter((f) => f.endsWith('.md')).length).toBeGreaterThan(5);
  });

  it('refuses a thread count that is not a whole number', () => {
    const run = ingest(['--out', mkdtempSync(join(tmpdir(), 'ingest-threads-')), '--threads', 'two', fixture]);
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/--threads takes a whole number/);
  });

  it('never overwrites an article an editor changed, and says so once', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-edit-'));
    const out = join(dir, 'out');
    copyFileSync(fixture, join(dir, 'page.txt'));
    ingest(['--out', out, join(dir, 'page.txt')]);
    // The article the correction below will change.
    const first = readdirSync(out).find((f) => f.endsWith('.md') && readFileSync(join(out, f), 'utf8').includes('政采贷'));
    const edited = `${readFileSync(join(out, first!), 'utf8')}\n编辑补充的一段话。\n`;
    writeFileSync(join(out, first!), edited);
    // While the ingest's own version is the same, the edit simply stands.
    expect(ingest(['--out', out, join(dir, 'page.txt')]).stdout).not.toContain('edited by hand');
    // When the ingest's version changes (a sidecar correction), the edit is kept and ours goes beside it.
    writeFileSync(join(dir, 'page.meta.yaml'), 'corrections:\n  - from: 政采贷\n    to: 政府采购贷\n');
    const run = ingest(['--out', out, join(dir, 'page.txt')]);
    expect(run.stdout).toContain(`${first} was edited by hand`);
    expect(readFileSync(join(out, first!), 'utf8')).toBe(edited);
    expect(existsSync(join(out, `${first}.new`))).toBe(true);
    // The same conflict again is reported in short form, not rewritten.
    expect(ingest(['--out', out, join(dir, 'page.txt')]).stdout).toContain(`${first}: still edited by hand`);
    // --accept makes the edit the base for good: the .new goes and no conflict is reported again.
    expect(ingest(['--out', out, '--accept', first!]).stdout).toContain('is now the base');
    expect(existsSync(join(out, `${first}.new`))).toBe(false);
    expect(ingest(['--out', out, join(dir, 'page.txt')]).stdout).not.toContain(first!);
    expect(readFileSync(join(out, first!), 'utf8')).toBe(edited);
  });

  it('keeps an article’s address when the sidecar later adds a date', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-name-'));
    const out = join(dir, 'out');
    copyFileSync(fixture, join(dir, 'page.txt'));
    ingest(['--out', out, join(dir, 'page.txt')]);
    const before = readdirSync(out)
      .filter((f) => f.endsWith('.md'))
      .sort();
    writeFileSync(join(dir, 'page.meta.yaml'), 'date: "2023-08"\n');
    ingest(['--out', out, join(dir, 'page.txt')]);
    expect(
      readdirSync(out)
        .filter((f) => f.endsWith('.md'))
        .sort(),
    ).toEqual(before);
    expect(readFileSync(join(out, before[0]!), 'utf8')).toContain('date: "2023-08"');
  });

  it('follows a file an editor renamed, and remembers the old name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-rename-'));
    const out = join(dir, 'out');
    copyFileSync(fixture, join(dir, 'page.txt'));
    ingest(['--out', out, join(dir, 'page.txt')]);
    const [first] = readdirSync(out)
      .filter((f) => f.endsWith('.md'))
      .sort();
    renameSync(join(out, first!), join(out, 'renamed-by-editor.md'));
    const run = ingest(['--out', out, join(dir, 'page.txt')]);
    expect(run.stdout).toContain(`${first} was renamed renamed-by-editor.md`);
    expect(existsSync(join(out, first!))).toBe(false);
    const manifest = JSON.parse(readFileSync(join(out, '.ingest-manifest.json'), 'utf8')) as Record<string, { formerNames?: string[] }>;
    expect(manifest['renamed-by-editor.md']?.formerNames).toEqual([first]);
  });

  it('applies sidecar corrections unless --no-corrections', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-side-'));
    copyFileSync(fixture, join(dir, 'page.txt'));
    writeFileSync(join(dir, 'page.meta.yaml'), 'corrections:\n  - from: 政采贷\n    to: 政府采购贷\n');
    const on = join(dir, 'on');
    const off = join(dir, 'off');
    ingest(['--out', on, join(dir, 'page.txt')]);
    ingest(['--out', off, '--no-corrections', join(dir, 'page.txt')]);
    const read = (d: string) =>
      readdirSync(d)
        .filter((f) => f.endsWith('.md'))
        .map((f) => readFileSync(join(d, f), 'utf8'))
        .join('');
    expect(read(on)).toContain('政府采购贷');
    expect(read(on)).toContain('corrections:');
    expect(read(off)).not.toContain('政府采购贷');
  });

  it('reports a bad sidecar with its file and field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-side-'));
    copyFileSync(fixture, join(dir, 'page.txt'));
    writeFileSync(join(dir, 'page.meta.yaml'), 'date: 2024-13-45\n');
    const run = ingest(['--out', join(dir, 'out'), join(dir, 'page.txt')]);
    expect(run.status).toBe(1);
    expect(run.stdout).toMatch(/page\.meta\.yaml: date: 2024-13-45 is not a day in the calendar/);
  });
});

describe('npm run ingest over a whole project', () => {
  // A throwaway project: content/raw in, content/articles out, as an editor's checkout has.
  function project() {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-project-'));
    mkdirSync(join(dir, 'content/raw'), { recursive: true });
    return dir;
  }
  const run = (cwd: string) => spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/ingest/cli.ts')], { cwd, encoding: 'utf8' });
  const articles = (cwd: string) =>
    readdirSync(join(cwd, 'content/articles'))
      .filter((f) => f.endsWith('.md'))
      .sort();

  it('keeps the articles of a deleted raw file and says so', () => {
    const dir = project();
    copyFileSync(fixture, join(dir, 'content/raw/page.txt'));
    expect(run(dir).status).toBe(0);
    const before = articles(dir);
    rmSync(join(dir, 'content/raw/page.txt'));
    copyFileSync(fixture, join(dir, 'content/raw/other.txt'));
    const second = run(dir);
    expect(second.stdout).toMatch(/its raw file page\.txt is gone; the article is kept/);
    expect(articles(dir)).toEqual(expect.arrayContaining(before));
  });

  it('gives articles that would share a name different, stable names', () => {
    const dir = project();
    copyFileSync(fixture, join(dir, 'content/raw/a.txt'));
    copyFileSync(fixture, join(dir, 'content/raw/b.txt'));
    run(dir);
    const first = articles(dir);
    expect(first).toHaveLength(4);
    expect(new Set(first).size).toBe(4);
    expect(first.filter((f) => f.endsWith('-2.md'))).toHaveLength(2);
    run(dir);
    expect(articles(dir)).toEqual(first);
  });

  it('treats a page of furniture only as a failed file', () => {
    const dir = project();
    writeFileSync(join(dir, 'content/raw/junk.txt'), '0 0\n. .\n扫描二维码 看更多精彩内容\nX 关闭\n');
    copyFileSync(fixture, join(dir, 'content/raw/page.txt'));
    const result = run(dir);
    expect(result.status).toBe(1);
    expect(result.stdout).toMatch(/✖ content\/raw\/junk\.txt: no article text found/);
    expect(articles(dir)).toHaveLength(2);
  });

  it('reads mixed line ends in one file', () => {
    const dir = project();
    const text = readFileSync(fixture, 'utf8')
      .split('\n')
      .map((l, i) => l + (i % 3 === 0 ? '\r\n' : i % 3 === 1 ? '\r' : '\n'))
      .join('');
    writeFileSync(join(dir, 'content/raw/mixed.txt'), text);
    expect(run(dir).status).toBe(0);
    expect(articles(dir)).toHaveLength(2);
  });

  // A large file goes through whole (how fast, at 50 MB, is `npm run bench`'s to say).
  it('ingests a 5 MB file', { timeout: 300_000 }, () => {
    const dir = project();
    // A real page (two articles) over and over: 5 MB, some nine hundred articles.
    const page = readFileSync(join(root, 'content/raw/003_ba374b0bc59d2438.txt'), 'utf8');
    const copies = Math.ceil((5 * 1024 * 1024) / Buffer.byteLength(page));
    writeFileSync(join(dir, 'content/raw/huge.txt'), page.repeat(copies));
    const result = run(dir);
    expect(result.stdout).toMatch(/✔ content\/raw\/huge\.txt/);
    expect(result.status).toBe(0);
    expect(articles(dir).length).toBeGreaterThan(copies);
  });
});

describe('suspected misreads', () => {
  it.runIf(languageModel().available)('lists them in the report and in suspects.yaml in DIR, each at its raw line, changing nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-suspects-'));
    const out = join(dir, 'out');
    // Our own page: 兔 read for 免 in its third line.
    const page = ['园区为企业办实事', '', '本报讯 园区近日组织专家走进企业，', '为中小企业开展兔费诊断服务，帮助企业解决生产中的难题。'].join('\n');
    writeFileSync(join(dir, 'page.txt'), page);
    const run = ingest(['--out', out, join(dir, 'page.txt')]);
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/\? page\.txt line 4: 兔费 → 免费\? \(/u);
    const listed = suspectsSchema.parse(parse(readFileSync(join(out, 'suspects.yaml'), 'utf8')));
    expect(listed).toEqual([expect.objectContaining({ file: 'page.txt', line: 4, found: '兔费', proposal: '免费' })]);
    const article = readdirSync(out).find((f) => f.endsWith('.md'))!;
    expect(readFileSync(join(out, article), 'utf8')).toContain('兔费');
  });
});
