// `npm run ingest` — every raw file in content/raw/ into content/articles/.
// `npm run ingest -- --out DIR [--no-corrections] FILE...` — the given files into DIR only.
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { DecodeError } from './decode.ts';
import { ingestBytes } from './pipeline.ts';
import { readSidecar, SidecarError } from './sidecar.ts';
import { toMarkdown } from './to-markdown.ts';
import { isUntouched, readManifest, writeArticle, writeManifest, type Manifest, type WriteOutcome } from './write.ts';
import { slugify } from '../../src/lib/slug.ts';
import type { ArticleRecord } from './article-record.ts';
import { AuthorityError, ENTITIES_DIR, loadAuthority, type Authority } from '../../src/lib/entities/authority.ts';
import { createEntityDetector } from './describe/detect-entities.ts';
import { describeRepairs } from './repairs.ts';
import { writeCandidates, type Candidates } from './candidates.ts';
import type { Suspect } from './describe/suspects/index.ts';
import { suspectLine, writeSuspects } from './describe/suspects/write-suspects.ts';

const RAW_DIR = 'content/raw';

class NothingFoundError extends Error {}
const ARTICLES_DIR = 'content/articles';

export function listRawFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && !name.endsWith('.meta.yaml') && !name.endsWith('.md'))
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => join(dir, name));
}

/** Names given so far in this run, and for each base name the next number to try. */
interface Naming {
  taken: Set<string>;
  next: Map<string, number>;
}

function articleName(record: ArticleRecord, naming: Naming, outDir: string, source: string, manifest: Manifest): string {
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

export interface FileReport {
  file: string;
  ok: boolean;
  lines: string[];
}

export interface IngestOptions {
  corrections: boolean;
  authority: Authority;
}

export interface IngestRun {
  reports: FileReport[];
  candidates: Candidates;
  /** Suspected misreads of every file, and why none were looked for where they were not. */
  suspects: Suspect[];
  suspectsNote?: string;
}

export function ingestFiles(files: readonly string[], outDir: string, options: IngestOptions): IngestRun {
  const manifest = readManifest(outDir);
  const entities = createEntityDetector(options.authority);
  const candidates: Candidates = { parks: new Map(), companies: new Map() };
  const reports: FileReport[] = [];
  const suspects: Suspect[] = [];
  let suspectsNote: string | undefined;
  const naming: Naming = { taken: new Set(), next: new Map() };
  for (const path of files) {
    const file = basename(path);
    const shown = relative(process.cwd(), path) || path;
    try {
      const sidecar = readSidecar(path, shown);
      const result = ingestBytes(readFileSync(path), file, sidecar, { corrections: options.corrections, entities, suspects: true });
      suspects.push(...result.suspects.suspects);
      suspectsNote ??= result.suspects.note;
      if (result.articles.length === 0) throw new NothingFoundError('no article text found: only page furniture, or nothing a reader could read');
      const outcomes: Record<WriteOutcome, string[]> = { created: [], updated: [], unchanged: [], conflict: [] };
      const written = new Set<string>();
      const newNames = new Set<string>();
      result.articles.forEach((record, i) => {
        const name = articleName(record, naming, outDir, file, manifest);
        outcomes[writeArticle(outDir, name, toMarkdown(record), file, manifest)].push(name);
        written.add(name);
        const found = result.entities[i]!;
        for (const p of found.newParks) addCandidate(candidates.parks, p.name, undefined, name, newNames);
        for (const c of found.newCompanies) addCandidate(candidates.companies, c.name, c.short, name, newNames);
      });
      // Articles this raw file no longer produces: removed if untouched, kept if edited.
      const stale: string[] = [];
      for (const [name, entry] of Object.entries(manifest)) {
        if (entry.source !== file || written.has(name)) continue;
        if (isUntouched(outDir, name, manifest)) {
          rmSync(join(outDir, name));
          delete manifest[name];
        } else if (existsSync(join(outDir, name))) stale.push(name);
        else delete manifest[name];
      }
      const repairs = describeRepairs(result.repairs);
      const lines = [
        `✔ ${shown} (${result.encoding}): ${result.articles.length} article(s) — ${outcomes.created.length} created, ${outcomes.updated.length} updated, ${outcomes.unchanged.length} unchanged`,
        ...(repairs ? [`    repairs: ${repairs}`] : []),
        ...result.articles.map((a) => `    · ${a.data.title}${a.data.titleOrigin === 'derived' ? '（标题由正文生成）' : ''}`),
        ...(newNames.size > 0 ? [`    ＋ names not in the authority files (proposed as candidates): ${[...newNames].join('、')}`] : []),
        ...outcomes.conflict.map((n) => `    ! ${n} was edited by hand; kept it, new version written beside it as ${n}.new`),
        ...stale.map((n) => `    ! ${n} is no longer produced by ${file} but was edited by hand; kept it`),
        ...result.warnings.map((w) => `    ⚠ ${w}`),
        ...result.suspects.suspects.map((x) => `    ${suspectLine(x)}`),
      ];
      reports.push({ file: shown, ok: true, lines });
    } catch (error) {
      const known = error instanceof DecodeError || error instanceof SidecarError || error instanceof NothingFoundError;
      const message = error instanceof Error ? error.message : String(error);
      reports.push({ file: shown, ok: false, lines: [`✖ ${shown}: ${known ? message : `could not be ingested: ${message}`}`] });
    }
  }
  // Articles whose raw file is gone stay; the report says so.
  const present = new Set(files.map((f) => basename(f)));
  const orphaned = Object.entries(manifest).filter(([, e]) => !present.has(e.source) && !existsSync(join(RAW_DIR, e.source)));
  if (orphaned.length > 0 && outDir === ARTICLES_DIR) {
    reports.push({ file: '', ok: true, lines: orphaned.map(([n, e]) => `⚠ ${n}: its raw file ${e.source} is gone; the article is kept`) });
  }
  writeManifest(outDir, manifest);
  return { reports, candidates, suspects, ...(suspectsNote ? { suspectsNote } : {}) };
}

function addCandidate(into: Candidates['parks'], name: string, short: string | undefined, article: string, seen: Set<string>): void {
  const entry = into.get(name) ?? { name, seenIn: [] };
  if (short) entry.short = short;
  if (!entry.seenIn.includes(article)) entry.seenIn.push(article);
  into.set(name, entry);
  seen.add(name);
}

function main(): number {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { out: { type: 'string' }, 'no-corrections': { type: 'boolean', default: false }, help: { type: 'boolean', default: false } },
  });
  if (values.help) {
    console.log('usage: npm run ingest [-- --out DIR] [--no-corrections] [FILE...]');
    return 0;
  }
  const outDir = values.out ?? ARTICLES_DIR;
  const files = positionals.length > 0 ? positionals : listRawFiles(RAW_DIR);
  if (files.length === 0) {
    console.error(`no raw files given and none in ${RAW_DIR}`);
    return 2;
  }
  let authority: Authority;
  try {
    authority = loadAuthority(ENTITIES_DIR);
  } catch (error) {
    // Without the authority every article would lose its names: write nothing.
    console.error(`✖ ${error instanceof AuthorityError ? error.message : String(error)}\nnothing was written; fix the authority file and run again`);
    return 2;
  }
  const missing = files.filter((f) => !existsSync(f));
  const { reports, candidates, suspects, suspectsNote } = ingestFiles(files.filter((f) => existsSync(f)), outDir, { corrections: !values['no-corrections'], authority });
  const suspectsPath = writeSuspects(outDir, suspects);
  // A full run proposes new names to the editors; --out runs touch nothing but DIR.
  if (values.out === undefined && positionals.length === 0) {
    const path = writeCandidates(ENTITIES_DIR, candidates);
    const count = candidates.parks.size + candidates.companies.size;
    if (count > 0) console.log(`${count} candidate name(s) for the authority files are listed in ${path}`);
  }
  for (const f of missing) reports.push({ file: f, ok: false, lines: [`✖ ${f}: no such file`] });
  for (const r of reports) for (const line of r.lines) console.log(line);
  console.log(suspectsNote ?? `${suspects.length} suspected misread(s) listed in ${suspectsPath} (proposals only; accept one by copying it into the sidecar's corrections)`);
  const failed = reports.filter((r) => !r.ok).length;
  console.log(`${reports.filter((r) => r.ok && r.file).length} file(s) ingested, ${failed} failed → ${outDir}`);
  return failed > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();
