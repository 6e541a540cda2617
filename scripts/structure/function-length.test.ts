// The layout's rule: no function of the ingest runs past 80 lines (README → layout).
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeOnly, functionSpans } from './function-length.ts';

const root = new URL('../../', import.meta.url).pathname;
const MAX_LINES = 80;

function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('function-length', () => {
  it('finds declarations, arrow functions and methods, and where each ends', () => {
    const source = ['function a() {', '  const s = "}";', '  return /}/.test(s);', '}', 'const b = (x: number) => {', '  // }', '  return x;', '};'].join('\n');
    expect(functionSpans(source)).toEqual([
      { name: 'a', from: 1, to: 4 },
      { name: 'b', from: 5, to: 8 },
    ]);
  });
  it('blanks strings and comments but keeps the lines', () => {
    expect(codeOnly('a("{") // }\nb').split('\n')).toHaveLength(2);
    expect(codeOnly('a("{") // }')).not.toContain('{');
  });
});

it(`no function of the ingest runs past ${MAX_LINES} lines`, () => {
  const long = sources(join(root, 'scripts/ingest')).flatMap((file) =>
    functionSpans(readFileSync(file, 'utf8'))
      .filter((f) => f.to - f.from + 1 > MAX_LINES)
      .map((f) => `${relative(root, file)}:${f.from} ${f.name} (${f.to - f.from + 1} lines)`),
  );
  expect(long).toEqual([]);
});
