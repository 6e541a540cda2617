// The de-interleaver's own measures (what `npm run quality` printed before the corpus scorer came):
// the seed pages that have a hand transcription in reading order (tests/fixtures/transcriptions/),
// run through the ingest in memory with and without the de-interleaving step, and synthetic
// pages (the archive's other articles set in columns and read row by row, synthetic-columns.ts),
// where the reading order is known exactly. Unlike the corpus scorer this reaches into the
// ingest's pipeline, because it counts the step's joins.
import { nodeText } from '../ingest/split/draft.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { ingestBytes } from '../ingest/pipeline.ts';
import { readSidecar } from '../ingest/sidecar.ts';
import { characterErrorRate, joinsRight } from './character-error.ts';
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
    const produced: TranscribedArticle[] = result.articles.map((a) => ({ title: a.data.title, text: a.body.map(nodeText).join('\n') }));
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

export interface ColumnMeasures {
  lines: string[];
  json: { pages: Array<Omit<PageQuality, 'articles'>>; synthetic: { pages: number; joins: { right: number; total: number }; ocrJoins: { right: number; total: number } } };
}

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;
const share = (j: { right: number; total: number }) => `${j.right}/${j.total} (${pct(j.total ? j.right / j.total : 1)})`;

function pageLines(r: PageQuality): string[] {
  return [
    `${r.file}: ${pct(r.rate)} characters wrong (${r.errors} of ${r.length}); in the OCR's order: ${pct(r.rateInOcrOrder)}`,
    ...r.articles.map((a) => `  ${a.found ? ' ' : '✗'} ${pct(a.length ? a.errors / a.length : 1).padStart(6)}  ${a.errors}/${a.length}  ${a.title}`),
    `  joins between printed lines right: ${share(r.joins)}; as the OCR read them: ${share(r.ocrJoins)}; joins made out of OCR order: ${share(r.movedJoins)}`,
  ];
}

export function measureColumns(): ColumnMeasures {
  const results = readdirSync(TRANSCRIPTIONS)
    .filter((f) => f.endsWith('.md'))
    .map((f) => measurePage(join(RAW, f.replace(/\.md$/u, '.txt')), readFileSync(join(TRANSCRIPTIONS, f), 'utf8')));
  // Articles from transcribed pages are held out: their text came through the step itself.
  const heldOut = new Set(results.map((r) => r.file));
  const synthetic = SYNTHETIC_SEEDS.map((seed) => syntheticQuality(ARTICLES, heldOut, SYNTHETIC_PAGES, seed));
  const sum = (pick: (q: (typeof synthetic)[number]) => number) => synthetic.reduce((n, q) => n + pick(q), 0);
  const joins = { right: sum((q) => q.joins.right), total: sum((q) => q.joins.total) };
  const ocrJoins = { right: sum((q) => q.ocrJoins.right), total: sum((q) => q.ocrJoins.total) };
  const pages = sum((q) => q.pages);
  const lines = [
    ...results.flatMap(pageLines),
    `synthetic pages (${pages}, seeds ${SYNTHETIC_SEEDS.join(', ')}; articles of ${heldOut.size ? [...heldOut].join(', ') : 'no page'} held out):`,
    `  joins between printed lines right: ${share(joins)}; as the OCR read them: ${share(ocrJoins)}`,
    `  characters wrong: ${pct(sum((q) => q.rate) / synthetic.length)}; in the OCR's order: ${pct(sum((q) => q.rateInOcrOrder) / synthetic.length)}; pages exactly right: ${sum((q) => q.exact)}/${pages}`,
  ];
  return { lines, json: { pages: results.map(({ articles: _a, ...rest }) => rest), synthetic: { pages, joins, ocrJoins } } };
}
