import { readFileSync } from 'node:fs';
import { toPageLines } from './scripts/ingest/layout/lines.ts';
import { deinterleave } from './scripts/ingest/columns/deinterleave.ts';
const text = readFileSync('content/raw/002_ad48e940f6265c93.txt', 'utf8');
const { lines, report } = deinterleave(toPageLines(text));
for (const l of lines) console.log(l.lineNo, l.text.slice(0, 40));
