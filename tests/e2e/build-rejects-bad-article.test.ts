// A bad article stops the build with a message naming the file and the field.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildSite } from './site-process.ts';

it.each([
  ['an impossible date', '---\ntitle: 日期有误\ndate: 2024-13-45\n---\n\n正文。\n', /bad\.md: date: expected YYYY-MM-DD, YYYY-MM or YYYY, got 2024-13-45/],
  ['a missing title', '---\ndate: "2023"\n---\n\n正文。\n', /bad\.md: title: expected string, got nothing/],
])('the build fails on %s', (_label, text, message) => {
  const dir = mkdtempSync(join(tmpdir(), 'bad-articles-'));
  writeFileSync(join(dir, 'bad.md'), text);
  const built = buildSite(dir, mkdtempSync(join(tmpdir(), 'bad-dist-')));
  expect(built.status).not.toBe(0);
  expect(built.output).toMatch(message);
});
