// N synthetic articles made from the real ones, each with its own title, date and parks, so a
// build can be measured as the archive grows. Deterministic: the same N gives the same files.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document } from 'yaml';
import { splitFrontMatter } from '../../src/schema/front-matter.ts';

function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

export function writeSyntheticArticles(sourceDir: string, targetDir: string, count: number): void {
  mkdirSync(targetDir, { recursive: true });
  const real = readdirSync(sourceDir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => splitFrontMatter(readFileSync(join(sourceDir, f), 'utf8')));
  const parks = [...new Set(real.flatMap((r) => (r.data.parks as string[]) ?? []))];
  const next = random(count);
  for (let i = 0; i < count; i++) {
    const base = real[i % real.length]!;
    const year = 2015 + Math.floor(next() * 10);
    const month = 1 + Math.floor(next() * 12);
    const day = 1 + Math.floor(next() * 28);
    const date = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    const data = {
      ...base.data,
      title: `${String(base.data.title)}（合成第${i + 1}篇）`,
      date,
      dateOrigin: 'editor',
      parks: [parks[Math.floor(next() * parks.length)]!, parks[Math.floor(next() * parks.length)]!].filter((p, k, a) => a.indexOf(p) === k),
      source: { publication: `合成日报${(i % 7) + 1}` },
    };
    delete (data as Record<string, unknown>).corrections;
    const doc = new Document(data);
    writeFileSync(join(targetDir, `synthetic-${String(i + 1).padStart(6, '0')}.md`), `---\n${doc.toString({ lineWidth: 0 })}---\n${base.body}`);
  }
}
