import { expect, it } from 'vitest';
import { packFiles, unpackFiles } from './file-pack.ts';

it('gives back every file, text or bytes, with its path, in order', () => {
  const pack = packFiles([
    ['d/0.json', '{"t":"钠离子电池"}'],
    ['pf/index/a.pf_index', new Uint8Array([0, 255, 10, 13])],
    ['empty', ''],
  ]);
  const files = unpackFiles(pack)!;
  expect(files.map(([path]) => path)).toEqual(['d/0.json', 'pf/index/a.pf_index', 'empty']);
  expect(files[0]![1].toString('utf8')).toBe('{"t":"钠离子电池"}');
  expect([...files[1]![1]]).toEqual([0, 255, 10, 13]);
  expect(files[2]![1].length).toBe(0);
});

it('refuses a pack cut short or anything that is not a pack', () => {
  const pack = packFiles([['a', 'x'.repeat(100)]]);
  expect(unpackFiles(pack.subarray(0, pack.length - 1))).toBeUndefined();
  expect(unpackFiles(Buffer.from('<html></html>'))).toBeUndefined();
  expect(unpackFiles(Buffer.alloc(0))).toBeUndefined();
});
