// One raw file read and cleaned: its sidecar, then its bytes through the pipeline. This is what
// each thread does for each file (ingest-files.ts); writing stays with the CLI, in file order.
// A file that cannot be read or cleaned gives a message naming it, never an exception: one bad
// file never stops the others.
import { readFileSync } from 'node:fs';
import { DecodeError } from './decode/index.ts';
import type { EntityDetector } from './describe/detect-entities.ts';
import { ingestBytes, type PageResult } from './pipeline.ts';
import { readSidecar, SidecarError } from './sidecar.ts';

export type FileOutcome = { ok: true; result: PageResult } | { ok: false; message: string };

export interface FileOptions {
  corrections: boolean;
  entities: EntityDetector;
}

/** `shown`: the file's name as the editor knows it (relative to the working directory), for messages. */
export function ingestFile(path: string, shown: string, file: string, options: FileOptions): FileOutcome {
  try {
    const sidecar = readSidecar(path, shown);
    const result = ingestBytes(readFileSync(path), file, sidecar, { ...options, suspects: true });
    if (result.articles.length === 0) return { ok: false, message: `${shown}: no article text found: only page furniture, or nothing a reader could read` };
    return { ok: true, result };
  } catch (error) {
    const known = error instanceof DecodeError || error instanceof SidecarError;
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `${shown}: ${known ? message : `could not be ingested: ${message}`}` };
  }
}
