import { readFileSync } from 'node:fs';
import { toPageLines } from './scripts/ingest/layout/lines.ts';
import { deinterleave } from './scripts/ingest/columns/deinterleave.ts';
import { separateSidebars } from './scripts/ingest/layout/sidebars.ts';
const text = readFileSync('content/raw/002_ad48e940f6265c93.txt', 'utf8');
const sb = separateSidebars(toPageLines(text), ['“彭城英才卡”，方寸之间显真情']);
const { lines } = deinterleave(sb.lines, sb.articleStarts);
lines.forEach((l, i) => { if (l.lineNo >= 33 && l.lineNo <= 45 || i < 0) console.log(i, l.lineNo, l.text.slice(0, 30)); });
