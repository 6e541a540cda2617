import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { expect, it } from 'vitest';
import { checkArticles } from './check-articles.ts';
import { entitySchema } from '../src/schema/entity.ts';

const root = new URL('../', import.meta.url).pathname;

it('names every bad file and field, and passes good ones', () => {
  const dir = mkdtempSync(join(tmpdir(), 'check-'));
  writeFileSync(join(dir, 'good.md'), '---\ntitle: 好文章\n---\n\n正文。\n');
  writeFileSync(join(dir, 'bad-date.md'), '---\ntitle: 坏日期\ndate: 2024-13-45\n---\n\n正文。\n');
  writeFileSync(join(dir, 'no-title.md'), '---\ndate: "2023"\n---\n\n正文。\n');
  const { checked, errors } = checkArticles(dir);
  expect(checked).toBe(3);
  expect(errors.some((e) => /bad-date\.md: date: expected YYYY-MM-DD, YYYY-MM or YYYY, got 2024-13-45$/.test(e))).toBe(true);
  expect(errors.some((e) => /no-title\.md: title: expected string/.test(e))).toBe(true);
  expect(errors.some((e) => e.includes('good.md'))).toBe(false);
});

it('warns, without failing, about names the authority files do not list', () => {
  const dir = mkdtempSync(join(tmpdir(), 'check-'));
  writeFileSync(join(dir, 'a.md'), '---\ntitle: 手工录入\nparks: [徐州经济技术开发区, 南京江北新区]\n---\n\n正文。\n');
  const authority = { parks: [entitySchema.parse({ name: '徐州经济技术开发区' })], companies: [] };
  const { errors, warnings } = checkArticles(dir, authority);
  expect(errors).toEqual([]);
  expect(warnings).toHaveLength(1);
  expect(warnings[0]).toMatch(/a\.md: parks: 南京江北新区 is not in content\/entities\/parks\.yaml/);
});

it('the committed articles all pass `npm run check`', () => {
  const run = spawnSync(process.execPath, [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'scripts/check-articles.ts')], { cwd: root, encoding: 'utf8' });
  expect(run.stderr).toBe('');
  expect(run.status).toBe(0);
  expect(run.stdout).toMatch(/articles checked, 0 with problems/);
});
