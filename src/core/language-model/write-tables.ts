// Writes the tables of tables.ts into a directory, the manifest last (its presence says the
// tables are whole), each file through a temporary name.
import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TableManifest } from './load.ts';
import { TABLE_FILES, TABLE_FORMAT } from './paths.ts';
import { encodeVocab, packArrays, type NgramTables } from './tables.ts';

export function writeTables(dir: string, tables: NgramTables, about: { source: string; licence: string; copyright: string }): TableManifest {
  mkdirSync(dir, { recursive: true });
  const put = (name: string, data: string | Uint8Array) => {
    const tmp = join(dir, `.${name}.tmp`);
    writeFileSync(tmp, data);
    renameSync(tmp, join(dir, name));
  };
  put(TABLE_FILES.vocab, encodeVocab(tables));
  put(TABLE_FILES.bigrams, packArrays([tables.bigramKeys, tables.bigramLogProb, tables.bigramBackoff]));
  put(TABLE_FILES.trigrams, packArrays([tables.trigramKeys, tables.trigramLogProb]));
  put(TABLE_FILES.copyright, about.copyright);
  const manifest: TableManifest = {
    format: TABLE_FORMAT,
    source: about.source,
    licence: about.licence,
    words: tables.words.length,
    bigrams: tables.bigramKeys.length,
    trigrams: tables.trigramKeys.length,
  };
  put(TABLE_FILES.manifest, `${JSON.stringify(manifest, null, 2)}\n`);
  return manifest;
}
