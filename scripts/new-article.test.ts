import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { validateArticleText } from '../src/schema/validate-article.ts';
import { PLACEHOLDER } from '../src/schema/placeholder.ts';

const root = new URL('../', import.meta.url).pathname;

function runNew(dir: string, ...args: string[]) {
  return spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/new-article.ts'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, ARTICLES_DIR: dir },
  });
}

it('names the file after the article’s date, not today’s, and scaffolds a valid draft', () => {
  const dir = mkdtempSync(join(tmpdir(), 'new-'));
  const first = runNew(dir, '徐州高新区：激活发展新动能', '--date', '2019-04');
  expect(first.status).toBe(0);
  expect(runNew(dir, '徐州高新区：激活发展新动能', '--date', '2019-04').status).toBe(0);
  expect(readdirSync(dir).sort()).toEqual(['2019-04-xuzhou-gaoxinqu-jihuo-fazhan-xin-dongneng-2.md', '2019-04-xuzhou-gaoxinqu-jihuo-fazhan-xin-dongneng.md']);
  const text = readFileSync(join(dir, '2019-04-xuzhou-gaoxinqu-jihuo-fazhan-xin-dongneng.md'), 'utf8');
  const result = validateArticleText('x.md', text);
  expect(result.ok && result.article).toMatchObject({ title: '徐州高新区：激活发展新动能', date: '2019-04', draft: true });
  expect(first.stdout).toContain('it is a draft: the site does not show it until you change draft: true to draft: false');
  expect(first.stdout).toContain('/articles/2019-04-xuzhou-gaoxinqu-jihuo-fazhan-xin-dongneng/');
});

it('puts one placeholder where the text goes, which a published article may not keep', () => {
  const dir = mkdtempSync(join(tmpdir(), 'new-'));
  expect(runNew(dir, '标题', '--date', '2024').status).toBe(0);
  const [name] = readdirSync(dir);
  const text = readFileSync(join(dir, name!), 'utf8');
  expect(text).toContain(PLACEHOLDER);
  const published = text.replace('draft: true', 'draft: false');
  const result = validateArticleText(name!, published);
  expect(result.ok ? [] : result.errors).toEqual([expect.stringContaining(`body: still holds the new-article placeholder ${PLACEHOLDER}`)]);
  writeFileSync(join(dir, name!), published.replace(/^【待填写】.*$/m, '正文。'));
  expect(validateArticleText(name!, readFileSync(join(dir, name!), 'utf8')).ok).toBe(true);
});

it('reads a date written another way, refuses one that is no date, and names an undated file by its title', () => {
  const dir = mkdtempSync(join(tmpdir(), 'new-'));
  expect(runNew(dir, '甲', '--date', '2024/5/1').status).toBe(0);
  const bad = runNew(dir, '乙', '--date', '2024-02-30');
  expect(bad.status).toBe(2);
  expect(bad.stderr).toContain('--date: 2024-02-30 is not a day in the calendar');
  const undated = runNew(dir, '丙');
  expect(undated.status).toBe(0);
  expect(undated.stdout).toContain('no --date was given');
  expect(readdirSync(dir).sort()).toEqual(['2024-05-01-jia.md', 'bing.md']);
  expect(runNew(dir).status).toBe(2);
});
