// `npm run quality`: how close the ingest comes to hand transcriptions of raw pages. For each
// transcription in tests/fixtures/transcriptions/ (named like its raw file), runs the ingest on
// the raw file in memory and prints the character error rate per article, with and without the
// de-interleaving step's joins, and the share of joins between printed lines that are right.
// Then the same step on synthetic pages: the archive's other articles set in columns and read
// row by row (synthetic-columns.ts), where the reading order is known exactly.
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ingestBytes } from '../ingest/pipeline.ts';
import { readSidecar } from '../ingest/sidecar.ts';
import { characterErrorRate, joinsRight } from './character-error.ts';
import { printColumnsQuality } from './columns-quality.ts';
import { syntheticQuality } from './synthetic-quality.ts';
import { parseTranscription, type TranscribedArticle } from './transcription.ts';

const TRANSCRIPTIONS = 'tests/fixtures/transcriptions';
const RAW = 'content/raw';
const ARTICLES = 'content/articles';
/** Synthetic pages per seed, and the seeds: enough pages that one lucky join does not show. */
const SYNTHETIC_PAGES = 60;
const SYNTHETIC_SEEDS = [1, 2, 3];

export interface PageQuality {
  file: string;
  rate: number;
  /** The same, with the de-interleaving step turned off: what the OCR's order gives. */
  rateInOcrOrder: number;
  errors: number;
  length: number;
  articles: Array<{ title: string; found: boolean; errors: number; length: number }>;
  joins: { right: number; total: number };
  ocrJoins: { right: number; total: number };
  movedJoins: { right: number; total: number };
}

export function measurePage(rawPath: string, transcription: string): PageQuality {
  const file = basename(rawPath);
  const expected = parseTranscription(transcription);
  const run = (deinterleave: boolean) => {
    const result = ingestBytes(readFileSync(rawPath), file, readSidecar(rawPath, file), { corrections: true, deinterleave });
    const produced: TranscribedArticle[] = result.articles.map((a) => ({ title: a.data.title, text: a.body.map((n) => n.text).join('\n') }));
    return { result, cer: characterErrorRate(produced, expected) };
  };
  const { result, cer } = run(true);
  return {
    file,
    rate: cer.rate,
    rateInOcrOrder: run(false).cer.rate,
    errors: cer.errors,
    length: cer.length,
    articles: cer.articles,
    joins: joinsRight(result.columns.joins, expected),
    ocrJoins: joinsRight(result.columns.ocrJoins, expected),
    movedJoins: joinsRight(result.columns.newJoins, expected),
  };
}

function main(): void {
  const results = readdirSync(TRANSCRIPTIONS)
    .filter((f) => f.endsWith('.md'))
    .map((f) => measurePage(join(RAW, f.replace(/\.md$/u, '.txt')), readFileSync(join(TRANSCRIPTIONS, f), 'utf8')));
  const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
  for (const r of results) {
    console.log(`\n${r.file}: ${pct(r.rate)} characters wrong (${r.errors} of ${r.length}); in the OCR's order: ${pct(r.rateInOcrOrder)}`);
    for (const a of r.articles) console.log(`  ${a.found ? ' ' : '✗'} ${pct(a.length ? a.errors / a.length : 1).padStart(6)}  ${a.errors}/${a.length}  ${a.title}`);
    const share = (j: { right: number; total: number }) => `${j.right}/${j.total} (${pct(j.total ? j.right / j.total : 1)})`;
    console.log(`  joins between printed lines right: ${share(r.joins)}; as the OCR read them: ${share(r.ocrJoins)}; joins made out of OCR order: ${share(r.movedJoins)}`);
  }
  // Articles from transcribed pages are held out: their text came through the step itself.
  const heldOut = new Set(results.map((r) => r.file));
  const synthetic = SYNTHETIC_SEEDS.map((seed) => syntheticQuality(ARTICLES, heldOut, SYNTHETIC_PAGES, seed));
  const sum = (pick: (q: (typeof synthetic)[number]) => number) => synthetic.reduce((n, q) => n + pick(q), 0);
  const joins = { right: sum((q) => q.joins.right), total: sum((q) => q.joins.total) };
  const ocrJoins = { right: sum((q) => q.ocrJoins.right), total: sum((q) => q.ocrJoins.total) };
  const pages = sum((q) => q.pages);
  console.log(`\nsynthetic pages (${pages}, seeds ${SYNTHETIC_SEEDS.join(', ')}; articles of ${heldOut.size ? [...heldOut].join(', ') : 'no page'} held out):`);
  console.log(`  joins between printed lines right: ${joins.right}/${joins.total} (${pct(joins.right / joins.total)}); as the OCR read them: ${ocrJoins.right}/${ocrJoins.total} (${pct(ocrJoins.right / ocrJoins.total)})`);
  console.log(`  characters wrong: ${pct(sum((q) => q.rate) / synthetic.length)}; in the OCR's order: ${pct(sum((q) => q.rateInOcrOrder) / synthetic.length)}; pages exactly right: ${sum((q) => q.exact)}/${pages}`);
  const columns = printColumnsQuality(ARTICLES, RAW, heldOut);
  console.log(`\n${JSON.stringify({ pages: results.map(({ articles: _a, ...rest }) => rest), synthetic: { pages, joins, ocrJoins }, columns })}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
