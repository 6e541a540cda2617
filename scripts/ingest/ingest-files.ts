// Many raw files cleaned at once: on one thread for a small batch, or spread over worker threads
// (ingest-worker.ts), one per core, for a large one. Each worker loads the dictionaries and the
// language model once (about two seconds of its own), so threads pay only where the files are
// many; the outcomes come back in the files' order either way, and the same for any thread count.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import type { Authority } from '../../src/core/entities/authority.ts';
import { createEntityDetector } from './describe/detect-entities.ts';
import { ingestFile, type FileOutcome } from './ingest-file.ts';

/**
 * Below this much raw text, one thread: a worker's start-up (about two seconds) would cost more
 * than sharing the work saves (the cleaner reads roughly 0.1–0.3 MB a second a thread, with the
 * suspects' search).
 */
export const PARALLEL_MIN_BYTES = 1_000_000;

export interface RawFile {
  path: string;
  /** As the editor knows it, for messages. */
  shown: string;
  file: string;
  bytes: number;
}

export interface BatchOptions {
  corrections: boolean;
  authority: Authority;
  /** Threads to use; by default one per core when the batch is large enough (PARALLEL_MIN_BYTES). */
  threads?: number | undefined;
}

/** How many threads a batch gets. */
export function threadsFor(files: readonly RawFile[], asked: number | undefined): number {
  if (asked !== undefined) return Math.max(1, Math.min(asked, files.length));
  const bytes = files.reduce((n, f) => n + f.bytes, 0);
  return bytes < PARALLEL_MIN_BYTES ? 1 : Math.max(1, Math.min(availableParallelism(), files.length));
}

export async function ingestAll(files: readonly RawFile[], options: BatchOptions): Promise<FileOutcome[]> {
  const threads = threadsFor(files, options.threads);
  if (threads <= 1) {
    const entities = createEntityDetector(options.authority);
    return files.map((f) => ingestFile(f.path, f.shown, f.file, { corrections: options.corrections, entities }));
  }
  return inWorkers(files, options, threads);
}

type Reply = { index: number; outcome: FileOutcome };

/** Each worker takes the next file as it finishes one; a worker that dies fails its file only. */
function inWorkers(files: readonly RawFile[], options: BatchOptions, threads: number): Promise<FileOutcome[]> {
  const outcomes = new Array<FileOutcome | undefined>(files.length);
  let next = 0;
  let running = 0;
  return new Promise((resolve) => {
    const finish = () => {
      if (running === 0) resolve(outcomes.map((o, i) => o ?? { ok: false, message: `${files[i]!.shown}: could not be ingested: its thread stopped` }));
    };
    const start = () => {
      const worker = new Worker(new URL('./ingest-worker.ts', import.meta.url), { workerData: { corrections: options.corrections, authority: options.authority } });
      running++;
      let current: number | undefined;
      const feed = () => {
        current = next < files.length ? next++ : undefined;
        if (current === undefined) void worker.terminate();
        else worker.postMessage({ index: current, file: files[current] });
      };
      worker.on('message', (reply: Reply) => {
        outcomes[reply.index] = reply.outcome;
        feed();
      });
      worker.on('error', (error) => {
        if (current !== undefined) outcomes[current] = { ok: false, message: `${files[current]!.shown}: could not be ingested: ${error.message}` };
        current = undefined;
      });
      worker.on('exit', () => {
        running--;
        // A worker that died with files left is replaced, so the rest are still cleaned.
        if (next < files.length) start();
        finish();
      });
      feed();
    };
    for (let i = 0; i < threads; i++) start();
  });
}
