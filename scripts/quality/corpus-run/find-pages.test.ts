import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findPages } from './find-pages.ts';

describe('findPages', () => {
  const root = mkdtempSync(join(tmpdir(), 'find-pages-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const gold = (dir: string, name: string, source: string) => writeFileSync(join(dir, name), `source: ${source}\narticles: []\n`);

  it('pairs each gold file with the raw file it names, beside it or in another raw directory', () => {
    const corpus = join(root, 'corpus');
    const raw = join(root, 'raw');
    mkdirSync(corpus);
    mkdirSync(raw);
    gold(corpus, '1.gold.yaml', '1.txt');
    writeFileSync(join(corpus, '1.txt'), '甲');
    gold(corpus, '2.gold.yaml', '2.txt');
    writeFileSync(join(raw, '2.txt'), '乙');
    expect(findPages(corpus, [raw])).toEqual({
      pages: [
        { gold: join(corpus, '1.gold.yaml'), raw: join(corpus, '1.txt') },
        { gold: join(corpus, '2.gold.yaml'), raw: join(raw, '2.txt') },
      ],
      problems: [],
    });
  });

  it('names a gold file without its raw file, a bad gold file, and a raw file without gold', () => {
    const corpus = join(root, 'other');
    mkdirSync(corpus);
    gold(corpus, '3.gold.yaml', '3.txt');
    writeFileSync(join(corpus, '4.gold.yaml'), 'source: [\n');
    writeFileSync(join(corpus, '5.txt'), '丙');
    const { pages, problems } = findPages(corpus);
    expect(pages).toEqual([]);
    expect(problems).toEqual([
      expect.stringMatching(/3\.gold\.yaml: its raw file 3\.txt is in none of/u),
      expect.stringMatching(/4\.gold\.yaml: not YAML/u),
      expect.stringMatching(/5\.txt: no gold file names it/u),
    ]);
  });
});
