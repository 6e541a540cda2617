// A bad article stops the build with the message `npm run check` gives: the file, the field and the fix.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { buildSite } from './site-process.ts';

it.each([
  ['an impossible date', '---\ntitle: 日期有误\ndate: 2024-02-30\n---\n\n正文。\n', /bad\.md: date: 2024-02-30 is not a day in the calendar: February 2024 has 29 days/],
  ['a missing title', '---\ndate: "2023"\n---\n\n正文。\n', /bad\.md: title: missing — add a line title: …/],
  ['two parks in one list item', '---\ntitle: 园区\nparks: [徐州高新区、徐州经开区]\n---\n\n正文。\n', /bad\.md: parks, item 1: .* — write parks: \[徐州高新区, 徐州经开区\]/],
  ['the new-article placeholder in a published article', '---\ntitle: 未写完\ndraft: false\n---\n\n【待填写】正文。\n', /bad\.md: body: still holds the new-article placeholder 【待填写】/],
])('the build fails on %s', (_label, text, message) => {
  const dir = mkdtempSync(join(tmpdir(), 'bad-articles-'));
  writeFileSync(join(dir, 'bad.md'), text);
  const built = buildSite(dir, mkdtempSync(join(tmpdir(), 'bad-dist-')));
  expect(built.status).not.toBe(0);
  expect(built.output).toMatch(message);
});
