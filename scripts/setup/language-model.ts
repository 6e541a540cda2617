// `npm run setup:language-model`: derives the language model's tables (src/core/language-model/)
// from Debian's source package libime, which ships an ARPA word trigram model of modern Chinese
// (data/lm_sc.arpa-*.tar.xz, LGPL-2.1+). Uses apt with a private state directory and a deb-src
// list derived from the machine's own sources (deb-src.ts), so it needs neither root nor changes
// to the system's apt. Does nothing when the tables are there (`--force` rebuilds them). When it
// cannot (no apt, offline, no such package), it says why in one line and exits 0: the cleaner runs
// without the model (`--strict` exits 1 instead).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { forgetLanguageModels, languageModel } from '../../src/core/language-model/load.ts';
import { GLYPH_FILE, languageModelDir } from '../../src/core/language-model/paths.ts';
import { readArpa } from '../../src/core/language-model/read-arpa.ts';
import { writeTables } from '../../src/core/language-model/write-tables.ts';
import { debSrcFromDeb822, debSrcFromList } from './deb-src.ts';

const PACKAGE = 'libime';
const GLYPH_PACKAGE = 'unifont';
const MODEL_MEMBER = /\/data\/lm_sc\.arpa-[^/]*\.tar\.xz$/u;

class SetupError extends Error {}

function run(command: string, args: string[], cwd?: string): string {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
  if (result.error) throw new SetupError(`${command} could not be run (${result.error.message})`);
  if (result.status !== 0) {
    const lines = `${result.stderr}\n${result.stdout}`.split('\n').map((l) => l.trim());
    const error = lines.find((l) => /^(E:|tar:|xz:)/u.test(l)) ?? lines.find(Boolean) ?? `exit ${result.status}`;
    throw new SetupError(`${command} ${args.at(-2) ?? ''} ${args.at(-1) ?? ''} failed: ${error}`.replace(/\s+/gu, ' '));
  }
  return result.stdout;
}

/** Private apt options: our own source list (deb and deb-src), lists and cache, in `work`. */
function aptOptions(work: string): string[] {
  const parts = join(work, 'sources.list.d');
  mkdirSync(parts, { recursive: true });
  mkdirSync(join(work, 'lists', 'partial'), { recursive: true });
  mkdirSync(join(work, 'cache', 'archives', 'partial'), { recursive: true });
  const entries: string[] = [];
  const listText = (path: string) => (existsSync(path) ? readFileSync(path, 'utf8') : '');
  const dir = '/etc/apt/sources.list.d';
  const files = existsSync(dir) ? readdirSync(dir) : [];
  const lists = [listText('/etc/apt/sources.list'), ...files.filter((f) => f.endsWith('.list')).map((f) => listText(join(dir, f)))];
  const deb822 = files.filter((f) => f.endsWith('.sources')).map((f) => listText(join(dir, f)));
  // Source packages for the model, binary ones for the glyphs: the same archives either way.
  for (const text of lists) entries.push(...debSrcFromList(text), ...debSrcFromList(text).map((l) => l.replace(/^deb-src /u, 'deb ')));
  const stanzas = deb822.flatMap((text) => debSrcFromDeb822(text).flatMap((st) => [st, st.replace('Types: deb-src', 'Types: deb')]));
  if (entries.length === 0 && stanzas.length === 0) throw new SetupError('no apt source is configured on this machine');
  writeFileSync(join(parts, 'derived.list'), `${entries.join('\n')}\n`);
  writeFileSync(join(parts, 'derived.sources'), `${stanzas.join('\n\n')}\n`);
  writeFileSync(join(work, 'empty.list'), '');
  const own = (process.getuid?.() ?? 1) === 0 ? ['-o', 'APT::Sandbox::User=root'] : [];
  return [
    '-q',
    ...own,
    '-o',
    `Dir::Etc::SourceList=${join(work, 'empty.list')}`,
    '-o',
    `Dir::Etc::SourceParts=${parts}`,
    '-o',
    `Dir::State::Lists=${join(work, 'lists')}`,
    '-o',
    `Dir::Cache=${join(work, 'cache')}`,
  ];
}

/** The ARPA text, streamed out of the model archive inside the upstream tarball. */
async function* arpaLines(orig: string, member: string): AsyncGenerator<string> {
  const outer = spawn('tar', ['-xJf', orig, '-O', member], { stdio: ['ignore', 'pipe', 'inherit'] });
  const inner = spawn('tar', ['-xJ', '-O'], { stdio: ['pipe', 'pipe', 'inherit'] });
  outer.stdout.pipe(inner.stdin);
  yield* createInterface({ input: inner.stdout, crlfDelay: Infinity });
  const code = await new Promise<number | null>((resolve) => (inner.exitCode !== null ? resolve(inner.exitCode) : inner.on('close', resolve)));
  if (code !== 0) throw new SetupError(`tar could not unpack ${member} (exit ${code})`);
}

/**
 * The 16×16 bitmaps of the Han characters (U+4E00–U+9FFF) from GNU Unifont (Debian's `unifont`,
 * GPL-2+ with the font embedding exception), whose likeness tells OCR look-alikes apart
 * (src/core/language-model/glyphs.ts).
 */
function fetchGlyphs(apt: string[], download: string): string {
  run('apt-get', [...apt, 'download', GLYPH_PACKAGE], download);
  const deb = readdirSync(download).find((f) => f.startsWith(`${GLYPH_PACKAGE}_`) && f.endsWith('.deb'));
  if (!deb) throw new SetupError(`apt-get download ${GLYPH_PACKAGE} gave no package`);
  const unpacked = join(download, 'glyphs');
  mkdirSync(unpacked);
  run('dpkg-deb', ['-x', join(download, deb), unpacked]);
  const hex = readFileSync(join(unpacked, 'usr/share/unifont/unifont.hex'), 'utf8');
  return hex
    .split('\n')
    .filter((line) => {
      const cp = Number.parseInt(line.slice(0, line.indexOf(':')), 16);
      return cp >= 0x4e00 && cp <= 0x9fff && line.length === 69;
    })
    .join('\n');
}

async function build(dir: string): Promise<string> {
  if (spawnSync('apt-get', ['--version']).error) throw new SetupError('apt-get not found (not a Debian machine)');
  const work = mkdtempSync(join(tmpdir(), 'language-model-'));
  try {
    const apt = aptOptions(work);
    run('apt-get', [...apt, 'update']);
    const download = join(work, 'download');
    mkdirSync(download);
    run('apt-get', [...apt, 'source', '--download-only', PACKAGE], download);
    const files = readdirSync(download);
    const orig = files.find((f) => /\.orig\.tar\.(xz|gz|bz2)$/u.test(f));
    const debian = files.find((f) => /\.debian\.tar\.(xz|gz|bz2)$/u.test(f));
    const dsc = files.find((f) => f.endsWith('.dsc'));
    if (!orig || !debian || !dsc) throw new SetupError(`apt-get source ${PACKAGE} gave no upstream and Debian tarballs`);
    const member = run('tar', ['-tf', join(download, orig)])
      .split('\n')
      .find((m) => MODEL_MEMBER.test(m));
    if (!member) throw new SetupError(`${orig} holds no data/lm_sc.arpa-*.tar.xz`);
    const copyright = run('tar', ['-xf', join(download, debian), '-O', 'debian/copyright']);
    const tables = await readArpa(arpaLines(join(download, orig), member));
    const glyphs = fetchGlyphs(apt, download);
    const version = dsc.replace(/^[^_]+_/u, '').replace(/\.dsc$/u, '');
    const manifest = writeTables(dir, tables, {
      source: `Debian source package ${PACKAGE} ${version}, ${member.replace(/^[^/]*\//u, '')}`,
      licence: 'LGPL-2.1+ (Copyright 2015-2022 CSSlayer; see copyright)',
      copyright,
    });
    writeFileSync(join(dir, GLYPH_FILE), glyphs);
    return `${manifest.words} words, ${manifest.bigrams} bigrams, ${manifest.trigrams} trigrams from ${manifest.source}; glyphs of Han characters from ${GLYPH_PACKAGE}`;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const force = process.argv.includes('--force');
  const strict = process.argv.includes('--strict');
  const dir = languageModelDir();
  const before = languageModel(dir);
  if (before.available && !force) {
    console.log(`language model: ready in ${dir} (${before.manifest.words} words, ${before.manifest.bigrams} bigrams, ${before.manifest.trigrams} trigrams)`);
    return 0;
  }
  const started = Date.now();
  try {
    const what = await build(dir);
    forgetLanguageModels();
    console.log(`language model: built in ${dir} in ${((Date.now() - started) / 1000).toFixed(0)} s: ${what}`);
    return 0;
  } catch (error) {
    const reason = error instanceof SetupError ? error.message : `unexpected error: ${(error as Error).message}`;
    console.log(`language model: not installed: ${reason}. The ingest runs without it and its report says the columns are weaker.`);
    return strict ? 1 : 0;
  }
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = await main();
