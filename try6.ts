import { readFileSync } from 'node:fs';
import { toPageLines } from './scripts/ingest/layout/lines.ts';
import { deinterleave } from './scripts/ingest/columns/deinterleave.ts';
import { separateSidebars } from './scripts/ingest/layout/sidebars.ts';
import { joinEvidence } from './scripts/ingest/columns/join-score.ts';
import { parseTranscription } from './scripts/quality/transcription.ts';
const text = readFileSync('content/raw/002_ad48e940f6265c93.txt', 'utf8');
const sb = separateSidebars(toPageLines(text), ['“彭城英才卡”，方寸之间显真情']);
console.log(sb.lines.slice(0, 14).map((l) => l.lineNo).join(' '));
const { report } = deinterleave(sb.lines, sb.articleStarts);
const letters = (t: string) => t.replace(/[^\p{Script=Han}A-Za-z0-9]/gu, '');
const ref = parseTranscription(readFileSync('tests/fixtures/transcriptions/002_ad48e940f6265c93.md', 'utf8')).map((a) => letters(a.text)).join('|');
for (const [a, b] of report.newJoins) {
  const ok = ref.includes(Array.from(letters(a)).slice(-4).join('') + Array.from(letters(b)).slice(0, 4).join(''));
  console.log(ok ? '✓' : '✗', a.slice(-8), '|', b.slice(0, 8), joinEvidence(a, b).reasons.join(','));
}
