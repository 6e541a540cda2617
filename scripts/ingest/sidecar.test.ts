import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, it } from 'vitest';
import { readSidecar, sidecarPathFor, SidecarError } from './sidecar.ts';

const dir = mkdtempSync(join(tmpdir(), 'sidecar-'));

it('lives beside the raw file', () => {
  expect(sidecarPathFor('content/raw/page.txt')).toBe('content/raw/page.meta.yaml');
});
it('is optional', () => {
  expect(readSidecar(join(dir, 'none.txt'), 'none.txt')).toEqual({});
});
it('reads publication, date, titles and corrections', () => {
  writeFileSync(join(dir, 'a.meta.yaml'), 'publication: 现代快报\ndate: "2023-06"\ncorrections:\n  - from: 孵化核\n    to: 孵化器\n');
  expect(readSidecar(join(dir, 'a.txt'), 'a.txt')).toEqual({ publication: '现代快报', date: '2023-06', corrections: [{ from: '孵化核', to: '孵化器' }] });
});
it('rejects an impossible date as typed, naming file and field', () => {
  writeFileSync(join(dir, 'b.meta.yaml'), 'date: 2024-13-45\n');
  expect(() => readSidecar(join(dir, 'b.txt'), 'raw/b.txt')).toThrow('raw/b.meta.yaml: date: 2024-13-45 is not a day in the calendar: months run from 01 to 12');
});
it('rejects unknown fields', () => {
  writeFileSync(join(dir, 'c.meta.yaml'), 'pubilcation: 现代快报\n');
  expect(() => readSidecar(join(dir, 'c.txt'), 'c.txt')).toThrow(SidecarError);
});
