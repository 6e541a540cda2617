// Where the language model's tables live: a cache outside git (`.cache/language-model/` in the
// project, or ARCHIVE_LM_DIR), written by `npm run setup:language-model` (scripts/setup/).
import { resolve } from 'node:path';

export const TABLE_FILES = { manifest: 'manifest.json', vocab: 'vocab.tsv', bigrams: 'bigrams.bin', trigrams: 'trigrams.bin', copyright: 'copyright' } as const;

/** Han characters' 16×16 bitmaps (GNU Unifont's hex format), for look-alikes (glyphs.ts). */
export const GLYPH_FILE = 'glyphs.hex';

/** The format the tables are written in; tables of another format are rebuilt. */
export const TABLE_FORMAT = 1;

export function languageModelDir(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return resolve(cwd, env.ARCHIVE_LM_DIR ?? '.cache/language-model');
}
