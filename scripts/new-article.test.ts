import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { validateArticleText } from '../src/schema/validate-article.ts';

const root = new URL('../', import.meta.url).pathname;

it('scaffolds a valid draft with today\'s date and a readable slug', () => {
  const dir = mkdtempSync(join(tmpdir(), 'new-'));
  const run = (title: string) =>
    spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/new-article.ts'), title], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, ARTICLES_DIR: dir },
    });
  expect(run('徐州高新区：激活发展新动能').status).toBe(0);
  expect(run('徐州高新区：激活发展新动能').status).toBe(0);
  const files = readdirSync(dir).sort();
  expect(files).toHaveLength(2);
  expect(files[0]).toMatch(/^\d{4}-\d{2}-\d{2}-xuzhou-gaoxinqu-jihuo-fazhan-xin-dongneng(-2)?\.md$/);
  const text = readFileSync(join(dir, files[0]!), 'utf8');
  const result = validateArticleText(files[0]!, text);
  expect(result.ok).toBe(true);
  if (result.ok) expect(result.article).toMatchObject({ title: '徐州高新区：激活发展新动能', draft: true });
  expect(run('').status).toBe(2);
});
