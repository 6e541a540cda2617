// The layout's rules, checked over every import statement of the project: one core both front
// ends share, neither front end reaching into the other, browser code free of Node, no cycles.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const SOURCE = /\.(ts|mjs|astro)$/;
const SPECIFIER = /\bfrom\s*['"]([^'"]+)['"]|\bimport\s*\(?\s*['"]([^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    return statSync(path).isDirectory() ? sourceFiles(path) : SOURCE.test(name) ? [relative(root, path)] : [];
  });
}

/** Each file's imports: project files (relative to the root) and packages (as written). */
function importGraph(files: readonly string[]): Map<string, { files: string[]; packages: string[] }> {
  const graph = new Map<string, { files: string[]; packages: string[] }>();
  for (const file of files) {
    const specifiers = [...readFileSync(join(root, file), 'utf8').matchAll(SPECIFIER)].map((m) => (m[1] ?? m[2])!);
    const local = specifiers.filter((s) => s.startsWith('.')).map((s) => relative(root, resolve(root, dirname(file), s)));
    graph.set(file, { files: local.filter((f) => existsSync(join(root, f))), packages: specifiers.filter((s) => !s.startsWith('.')) });
  }
  return graph;
}

/** The cycles of the graph, each as the files around it (depth-first search, one per back edge). */
function findCycles(graph: Map<string, { files: string[] }>): string[][] {
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const cycles: string[][] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    path.push(file);
    for (const next of graph.get(file)?.files ?? []) {
      if (state.get(next) === 'open') cycles.push([...path.slice(path.indexOf(next)), next]);
      else if (!state.has(next)) visit(next);
    }
    path.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return cycles;
}

const files = [...sourceFiles(join(root, 'src')), ...sourceFiles(join(root, 'scripts')), ...sourceFiles(join(root, 'tests')), 'astro.config.mjs'];
const graph = importGraph(files);
const importsOf = (prefix: string) => [...graph].filter(([file]) => file.startsWith(prefix)).flatMap(([file, i]) => i.files.map((to) => `${file} → ${to}`));

describe('the layout', () => {
  it('has no import cycles', () => {
    expect(findCycles(graph).map((c) => c.join(' → '))).toEqual([]);
  });
  it('keeps the core and the schemas to themselves: they import nothing of either front end', () => {
    expect(importsOf('src/core/').filter((e) => !/→ src\/(core|schema)\//.test(e))).toEqual([]);
    expect(importsOf('src/schema/').filter((e) => !/→ src\/schema\//.test(e))).toEqual([]);
  });
  it('keeps the site out of the ingest and the other scripts', () => {
    expect(importsOf('src/').filter((e) => /→ (scripts|tests)\//.test(e))).toEqual([]);
    expect(importsOf('astro.config.mjs').filter((e) => !/→ src\//.test(e))).toEqual([]);
  });
  it('gives the browser nothing that needs Node', () => {
    const seen = new Set<string>();
    const reach = (file: string): void => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const next of graph.get(file)?.files ?? []) reach(next);
    };
    for (const file of graph.keys()) if (file.startsWith('src/client/') && !file.endsWith('.test.ts')) reach(file);
    const nodeOnly = [...seen].flatMap((file) =>
      graph
        .get(file)!
        .packages.filter((p) => p.startsWith('node:') || p.startsWith('@node-rs/'))
        .map((p) => `${file}: ${p}`),
    );
    expect(nodeOnly).toEqual([]);
    expect(seen.size).toBeGreaterThan(1);
  });
});

describe('the checks themselves', () => {
  it('find a cycle and only the files on it', () => {
    const g = new Map([
      ['a', { files: ['b'] }],
      ['b', { files: ['c'] }],
      ['c', { files: ['b'] }],
      ['d', { files: ['a'] }],
    ]);
    expect(findCycles(g)).toEqual([['b', 'c', 'b']]);
    expect(
      findCycles(
        new Map([
          ['a', { files: ['b'] }],
          ['b', { files: [] }],
        ]),
      ),
    ).toEqual([]);
  });
});
