// Article file names, which are the articles' addresses. A new article is named after its date
// and its title in pinyin; an article written before keeps its name whatever changes later (a
// date or a title added in the sidecar), so its address never moves. An article is known again
// by its raw file and the raw lines it was cut from. If an editor renamed the file, the article
// goes on under the new name and the old one is remembered as a former name (a redirect).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fromRanges } from '../../../src/core/line-ranges.ts';
import { slugify } from '../../../src/core/slug.ts';
import type { ArticleRecord } from '../article-record.ts';
import { sha256, type Manifest } from './manifest.ts';

/** Names given so far in this run, and for each base name the next number to try. */
export interface Naming {
  taken: Set<string>;
  next: Map<string, number>;
}

export function newNaming(): Naming {
  return { taken: new Set(), next: new Map() };
}

/** Share of the article's raw lines that an earlier article of the same raw file was cut from. */
function overlap(lines: ReadonlySet<number>, ranges: string | undefined): number {
  if (!ranges || lines.size === 0) return 0;
  const before = new Set(fromRanges(ranges));
  let shared = 0;
  for (const n of lines) if (before.has(n)) shared++;
  return shared / Math.max(lines.size, before.size);
}

/** The name this raw file's article had before, if the manifest knows it. */
function earlierName(record: ArticleRecord, source: string, manifest: Manifest, naming: Naming): string | undefined {
  const lines = new Set(fromRanges(record.data.source?.lines ?? ''));
  let best: string | undefined;
  let bestShare = MIN_SAME_ARTICLE;
  for (const [name, entry] of Object.entries(manifest)) {
    if (entry.source !== source || naming.taken.has(name)) continue;
    const share = overlap(lines, entry.lines);
    if (share >= bestShare) {
      best = name;
      bestShare = share;
    }
  }
  return best;
}

/** At least this share of raw lines in common makes two runs' articles the same article. */
const MIN_SAME_ARTICLE = 0.5;

export function articleName(record: ArticleRecord, naming: Naming, outDir: string, source: string, manifest: Manifest): string {
  const earlier = earlierName(record, source, manifest, naming);
  if (earlier) {
    naming.taken.add(earlier);
    return earlier;
  }
  const base = [record.data.date, slugify(record.data.title)].filter(Boolean).join('-');
  // Counting on from the last number given keeps many same-titled articles linear, not quadratic.
  for (let n = naming.next.get(base) ?? 1; ; n++) {
    const name = `${base}${n === 1 ? '' : `-${n}`}.md`;
    if (naming.taken.has(name)) continue;
    // A file the ingest did not write for this raw file (a hand-written article) keeps its name.
    if (existsSync(join(outDir, name)) && manifest[name]?.source !== source) continue;
    naming.taken.add(name);
    naming.next.set(base, n + 1);
    return name;
  }
}

/**
 * Articles an editor renamed: a manifest entry whose file is gone, and a file the manifest does
 * not know with that entry's text (or, edited since, its raw file and lines). The entry moves to
 * the new name; the old one becomes a former name. Returns old → new.
 */
export function followRenames(outDir: string, manifest: Manifest): Map<string, string> {
  const renamed = new Map<string, string>();
  const missing = Object.keys(manifest).filter((name) => !existsSync(join(outDir, name)));
  if (missing.length === 0 || !existsSync(outDir)) return renamed;
  const unknown = readdirSync(outDir).filter((f) => f.endsWith('.md') && !manifest[f]);
  for (const old of missing) {
    const entry = manifest[old]!;
    const found = unknown.find((f) => {
      const text = readFileSync(join(outDir, f), 'utf8');
      return sha256(text) === entry.sha256 || (text.includes(`file: ${entry.source}`) && entry.lines !== undefined && text.includes(`lines: ${entry.lines}`));
    });
    if (!found) continue;
    manifest[found] = { ...entry, formerNames: [...(entry.formerNames ?? []), old] };
    delete manifest[old];
    unknown.splice(unknown.indexOf(found), 1);
    renamed.set(old, found);
  }
  return renamed;
}
