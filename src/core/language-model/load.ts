// The language model from its cache (paths.ts), loaded once per process; or why it is missing,
// in one line for the ingest report.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LanguageModel } from './model.ts';
import { languageModelDir, TABLE_FILES, TABLE_FORMAT } from './paths.ts';
import { decodeVocab, unpackArrays, type NgramTables } from './tables.ts';

export interface TableManifest {
  format: number;
  source: string;
  licence: string;
  words: number;
  bigrams: number;
  trigrams: number;
}

export type LanguageModelStatus = { available: true; model: LanguageModel; manifest: TableManifest; dir: string } | { available: false; reason: string; dir: string };

const loaded = new Map<string, LanguageModelStatus>();

let defaultDir: { cwd: string; setting: string | undefined; dir: string } | undefined;

/** The project's cache, resolved again only when the working directory or ARCHIVE_LM_DIR changed:
 * the cleaner asks for the model at every join it weighs. */
function projectDir(): string {
  const cwd = process.cwd();
  const setting = process.env.ARCHIVE_LM_DIR;
  if (defaultDir?.cwd !== cwd || defaultDir.setting !== setting) defaultDir = { cwd, setting, dir: languageModelDir() };
  return defaultDir.dir;
}

/** The model in `dir` (default: the project's cache), or the reason it cannot be had. */
export function languageModel(dir = projectDir()): LanguageModelStatus {
  const known = loaded.get(dir);
  if (known) return known;
  let status: LanguageModelStatus;
  try {
    status = load(dir);
  } catch (error) {
    status = { available: false, dir, reason: `the tables in ${dir} cannot be read (${(error as Error).message}); rebuild them with npm run setup:language-model` };
  }
  loaded.set(dir, status);
  return status;
}

/** Forgets what was loaded (after the tables were rebuilt, or in tests). */
export function forgetLanguageModels(): void {
  loaded.clear();
}

/** ARCHIVE_LM=off turns the model off, to measure or run the cleaner without it. */
const switchedOff = () => process.env.ARCHIVE_LM === 'off';

function load(dir: string): LanguageModelStatus {
  if (switchedOff()) return { available: false, dir, reason: 'the language model is switched off (ARCHIVE_LM=off)' };
  const manifestPath = join(dir, TABLE_FILES.manifest);
  if (!existsSync(manifestPath)) return { available: false, dir, reason: `the language model's tables are not installed (${dir}); run npm run setup:language-model` };
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as TableManifest;
  if (manifest.format !== TABLE_FORMAT) return { available: false, dir, reason: `the tables in ${dir} are of an older format; run npm run setup:language-model` };
  const vocab = decodeVocab(readFileSync(join(dir, TABLE_FILES.vocab), 'utf8'));
  const [bigramKeys, bigramLogProb, bigramBackoff] = unpackArrays(readFileSync(join(dir, TABLE_FILES.bigrams)), manifest.bigrams, ['f64', 'f32', 'f32']);
  const [trigramKeys, trigramLogProb] = unpackArrays(readFileSync(join(dir, TABLE_FILES.trigrams)), manifest.trigrams, ['f64', 'f32']);
  const tables: NgramTables = {
    ...vocab,
    bigramKeys: bigramKeys as Float64Array,
    bigramLogProb: bigramLogProb as Float32Array,
    bigramBackoff: bigramBackoff as Float32Array,
    trigramKeys: trigramKeys as Float64Array,
    trigramLogProb: trigramLogProb as Float32Array,
  };
  return { available: true, model: new LanguageModel(tables), manifest, dir };
}
