// `npm run ingest` — every raw file in content/raw/ into content/articles/.
// `npm run ingest -- --out DIR [--no-corrections] FILE...` — the given files into DIR only.
// `npm run ingest -- --accept ARTICLE...` — an editor's version of an article becomes the base.
// Each raw file goes through the pipeline (pipeline.ts; many at once on worker threads: ingest-files.ts)
// and the write stage (write/), in the files' order; the report
// (report.ts) says what happened to each; one bad file never stops the others.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { basename, join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { AuthorityError, ENTITIES_DIR, loadAuthority, type Authority } from '../../src/core/entities/authority.ts';
import type { FileOutcome } from './ingest-file.ts';
import { ingestAll, type BatchOptions, type RawFile } from './ingest-files.ts';
import { fileReport } from './report.ts';
import { sidecarPathFor } from './sidecar.ts';
import type { Suspect } from './describe/suspects/index.ts';
import { acceptEdit, followRenames, newNaming, readManifest, writeCandidates, writeManifest, writePage, writeSuspects, type Candidates, type WriteContext } from './write/index.ts';

const RAW_DIR = 'content/raw';
const ARTICLES_DIR = 'content/articles';

export function listRawFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => !name.startsWith('.') && !name.endsWith('.meta.yaml') && !name.endsWith('.md'))
    .filter((name) => statSync(join(dir, name)).isFile())
    .sort()
    .map((name) => join(dir, name));
}

export interface FileReport {
  file: string;
  ok: boolean;
  lines: string[];
}

export type IngestOptions = BatchOptions;

export interface IngestRun {
  reports: FileReport[];
  candidates: Candidates;
  /** Suspected misreads of every file, and why none were looked for where they were not. */
  suspects: Suspect[];
  suspectsNote?: string;
}

interface RunState extends WriteContext {
  suspects: Suspect[];
  suspectsNote?: string;
}

/** A file's outcome written (in file order: names are given in that order) and reported. */
function writeOne(raw: RawFile, outcome: FileOutcome, ctx: RunState): FileReport {
  if (!outcome.ok) return { file: raw.shown, ok: false, lines: [`✖ ${outcome.message}`] };
  const { result } = outcome;
  ctx.suspects.push(...result.suspects.suspects);
  ctx.suspectsNote ??= result.suspects.note;
  try {
    const written = writePage(raw.file, result.articles, result.entities, ctx);
    return { file: raw.shown, ok: true, lines: fileReport(raw.shown, raw.file, result, written, basename(sidecarPathFor(raw.path))) };
  } catch (error) {
    return { file: raw.shown, ok: false, lines: [`✖ ${raw.shown}: could not be written: ${error instanceof Error ? error.message : String(error)}`] };
  }
}

const rawFile = (path: string): RawFile => ({ path, shown: relative(process.cwd(), path) || path, file: basename(path), bytes: statSync(path).size });

export async function ingestFiles(files: readonly string[], outDir: string, options: IngestOptions): Promise<IngestRun> {
  const manifest = readManifest(outDir);
  const ctx: RunState = { outDir, manifest, naming: newNaming(), candidates: { parks: new Map(), companies: new Map() }, suspects: [] };
  const renames = followRenames(outDir, manifest);
  const reports: FileReport[] = [];
  if (renames.size > 0) reports.push({ file: '', ok: true, lines: [...renames].map(([from, to]) => `→ ${from} was renamed ${to}: its old address keeps working`) });
  const raws = files.map(rawFile);
  const outcomes = await ingestAll(raws, options);
  raws.forEach((raw, i) => reports.push(writeOne(raw, outcomes[i]!, ctx)));
  // Articles whose raw file is gone stay; the report says so.
  const present = new Set(files.map((f) => basename(f)));
  const orphaned = Object.entries(manifest).filter(([, e]) => !present.has(e.source) && !existsSync(join(RAW_DIR, e.source)));
  if (orphaned.length > 0 && outDir === ARTICLES_DIR) {
    reports.push({ file: '', ok: true, lines: orphaned.map(([n, e]) => `⚠ ${n}: its raw file ${e.source} is gone; the article is kept`) });
  }
  writeManifest(outDir, manifest);
  return { reports, candidates: ctx.candidates, suspects: ctx.suspects, ...(ctx.suspectsNote ? { suspectsNote: ctx.suspectsNote } : {}) };
}

function accept(names: readonly string[], outDir: string): number {
  const manifest = readManifest(outDir);
  for (const name of names) console.log(acceptEdit(outDir, basename(name), manifest));
  writeManifest(outDir, manifest);
  return 0;
}

function loadAuthorityOrSay(): Authority | undefined {
  try {
    return loadAuthority(ENTITIES_DIR);
  } catch (error) {
    // Without the authority every article would lose its names: write nothing.
    console.error(`✖ ${error instanceof AuthorityError ? error.message : String(error)}\nnothing was written; fix the authority file and run again`);
    return undefined;
  }
}

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      'no-corrections': { type: 'boolean', default: false },
      accept: { type: 'boolean', default: false },
      threads: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log('usage: npm run ingest [-- --out DIR] [--no-corrections] [--threads N] [FILE...]\n       npm run ingest -- --accept ARTICLE.md...');
    return 0;
  }
  const outDir = values.out ?? ARTICLES_DIR;
  if (values.accept) return accept(positionals, outDir);
  const files = positionals.length > 0 ? positionals : listRawFiles(RAW_DIR);
  if (files.length === 0) {
    console.error(`no raw files given and none in ${RAW_DIR}`);
    return 2;
  }
  const threads = values.threads === undefined ? undefined : Number(values.threads);
  if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) {
    console.error(`--threads takes a whole number of threads, 1 or more (got ${values.threads})`);
    return 2;
  }
  const authority = loadAuthorityOrSay();
  if (!authority) return 2;
  const missing = files.filter((f) => !existsSync(f));
  const { reports, candidates, suspects, suspectsNote } = await ingestFiles(
    files.filter((f) => existsSync(f)),
    outDir,
    { corrections: !values['no-corrections'], authority, threads },
  );
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

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
