import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { AuthorityError, loadAuthority, parentOf } from './authority.ts';

it('loads the committed authority files', () => {
  const { parks, companies } = loadAuthority(new URL('../../../content/entities', import.meta.url).pathname);
  expect(parks.find((p) => p.name === '徐州经济技术开发区')?.shortForms).toEqual(['经开区']);
  expect(companies.find((c) => c.name === '弗迪电池有限公司')?.parent).toBe('比亚迪');
});
it('names the file and entry of a bad field', () => {
  const dir = mkdtempSync(join(tmpdir(), 'authority-'));
  writeFileSync(join(dir, 'parks.yaml'), '- name: 徐州高新区\n  alias: [高新区]\n');
  expect(() => loadAuthority(dir)).toThrow(/parks\.yaml: item 1 \(徐州高新区\): unknown field alias — did you mean aliases\? write aliases: \[高新区\]$/);
  writeFileSync(join(dir, 'parks.yaml'), '- name: 徐州高新区\n  aliases: 高新区\n');
  expect(() => loadAuthority(dir)).toThrow(/parks\.yaml: item 1 \(徐州高新区\), aliases: expected a list, got "高新区" — write a list: aliases: \[高新区\]$/);
  writeFileSync(join(dir, 'parks.yaml'), '- name: 徐州高新区、徐州经开区\n');
  expect(() => loadAuthority(dir)).toThrow(/parks\.yaml: item 1 \(徐州高新区、徐州经开区\), name: "徐州高新区、徐州经开区" holds more than one name — keep one here and list the others in aliases: \[…\]$/);
});
it('refuses one name for two entries', () => {
  const dir = mkdtempSync(join(tmpdir(), 'authority-'));
  writeFileSync(join(dir, 'companies.yaml'), '- name: 甲公司\n  aliases: [甲]\n- name: 乙公司\n  aliases: [甲]\n');
  expect(() => loadAuthority(dir)).toThrow(AuthorityError);
  expect(() => loadAuthority(dir)).toThrow(/"甲" names both 甲公司 and 乙公司 — keep it in one entry only/);
});
it('treats a missing file as an empty list', () => {
  expect(loadAuthority(mkdtempSync(join(tmpdir(), 'authority-')))).toEqual({ parks: [], companies: [] });
});
it('refuses a parent that is no company of the file, or the company itself', () => {
  const dir = mkdtempSync(join(tmpdir(), 'authority-'));
  writeFileSync(join(dir, 'companies.yaml'), '- name: 甲电池有限公司\n  parent: 乙\n');
  expect(() => loadAuthority(dir)).toThrow(/甲电池有限公司: parent "乙" is not a company/);
  writeFileSync(join(dir, 'companies.yaml'), '- name: 甲电池有限公司\n  aliases: [甲电池]\n  parent: 甲电池\n');
  expect(() => loadAuthority(dir)).toThrow(/is the company itself/);
});
it('links a parent given by an alias to its canonical name', () => {
  const dir = mkdtempSync(join(tmpdir(), 'authority-'));
  writeFileSync(join(dir, 'companies.yaml'), '- name: 乙集团有限公司\n  aliases: [乙集团]\n- name: 甲电池有限公司\n  parent: 乙集团\n');
  expect(parentOf(loadAuthority(dir), '甲电池有限公司')).toBe('乙集团有限公司');
  expect(parentOf(loadAuthority(dir), '乙集团有限公司')).toBeUndefined();
});
