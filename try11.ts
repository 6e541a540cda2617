import { readFileSync } from 'node:fs';
import { cutFragments } from './scripts/ingest/columns/cut-fragments.ts';
import { joinScore } from './scripts/ingest/columns/join-score.ts';
const lines = readFileSync('content/raw/002_ad48e940f6265c93.txt', 'utf8').split('\n');
const frags = lines.flatMap((l) => (cutFragments(l)?.fragments ?? [l.trim()]).filter(Boolean));
for (const target of ['级研发型企业;建设重大科技平台,深', '协调认定一批省']) {
  const isA = target.endsWith('省');
  const rows = frags.map((f) => ({ f, s: isA ? joinScore(frags.find((x) => x.endsWith(target))!, f) : joinScore(f, target) })).sort((a, b) => b.s - a.s).slice(0, 4);
  console.log(target, rows.map((r) => `${r.s} ${isA ? r.f.slice(0, 8) : r.f.slice(-8)}`));
}
