// The raw OCR lines an article was cut from, exactly as the raw file has them (only decoded),
// for the reader to check any sentence against.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { decodeRaw } from '../core/decode.ts';
import { normalizeLineEndings } from '../core/line-endings.ts';
import { fromRanges } from '../core/line-ranges.ts';

export const RAW_DIR = 'content/raw';

export interface RawLine {
  n: number;
  text: string;
}

const cache = new Map<string, string[] | undefined>();

function rawFileLines(file: string): string[] | undefined {
  if (!cache.has(file)) {
    const path = join(RAW_DIR, file);
    cache.set(file, existsSync(path) ? normalizeLineEndings(decodeRaw(readFileSync(path)).text).split('\n') : undefined);
  }
  return cache.get(file);
}

/** The listed lines of a raw file, blank ones left out; undefined if the raw file is gone. */
export function rawLinesFor(file: string, ranges: string): RawLine[] | undefined {
  const lines = rawFileLines(file);
  if (!lines) return undefined;
  return fromRanges(ranges)
    .map((n) => ({ n, text: lines[n - 1] ?? '' }))
    .filter((l) => l.text.trim() !== '');
}
