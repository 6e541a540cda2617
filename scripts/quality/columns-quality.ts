// The columns step's and the misread finder's part of `npm run quality` (run-quality.ts calls
// `printColumnsQuality`): synthetic side-by-side pages, the corpus's page of side-by-side columns
// scored by the corpus's own scorer, and suspected misreads against the misreads known.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { languageModel } from '../../src/core/language-model/load.ts';
import { sharedCorpusDir } from './corpus-run/shared-corpus.ts';
import { corpusKnown, measureMisreads, sidecarMisreads, type MisreadQuality } from './misread-quality.ts';
import { articleParagraphs, measureSynthetic } from './synthetic-quality.ts';
import { sideBySidePages } from './synthetic-side-by-side.ts';

const CORPUS = process.env.ARCHIVE_CORPUS ?? sharedCorpusDir(process.cwd()).dir;
/** The corpus page whose columns stand side by side (its README: 203). */
const SIDE_BY_SIDE_PAGE = /^203_.*\.txt$/u;

const pct = (x: number) => `${(100 * x).toFixed(1)}%`;

export function sideBySideQuality(articlesDir: string, heldOut: ReadonlySet<string>, seeds: readonly number[], pages: number) {
  const articles = articleParagraphs(articlesDir, heldOut);
  const results = seeds.map((seed) => measureSynthetic(sideBySidePages(articles, pages, seed)));
  const sum = (f: (q: (typeof results)[number]) => number) => results.reduce((n, q) => n + f(q), 0);
  return {
    pages: sum((q) => q.pages),
    joins: { right: sum((q) => q.joins.right), total: sum((q) => q.joins.total) },
    ocrJoins: { right: sum((q) => q.ocrJoins.right), total: sum((q) => q.ocrJoins.total) },
    exact: sum((q) => q.exact),
  };
}

/** The corpus's scorer on one page, ingested as its README says; undefined without the corpus. */
export function corpusPageCer(rawPath: string): { cer: number; articles: number } | undefined {
  const gold = rawPath.replace(/\.txt$/u, '.gold.yaml');
  if (!existsSync(gold)) return undefined;
  const out = mkdtempSync(join(tmpdir(), 'corpus-page-'));
  try {
    const ingest = spawnSync('npx', ['tsx', 'scripts/ingest/cli.ts', '--out', out, '--no-corrections', rawPath], { encoding: 'utf8' });
    if (ingest.error) return undefined;
    const score = spawnSync('python3', [join(CORPUS, 'score.py'), out, gold, '--json'], { encoding: 'utf8' });
    const at = score.stdout.indexOf('{');
    if (at < 0) return undefined;
    const { total } = JSON.parse(score.stdout.slice(at)) as { total: { cer: number; gold_articles: number } };
    return { cer: total.cer, articles: total.gold_articles };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export function misreadQuality(rawDir: string): MisreadQuality[] {
  const seeds = readdirSync(rawDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => measureMisreads(join(rawDir, f), sidecarMisreads(join(rawDir, f))));
  if (!existsSync(CORPUS)) return seeds;
  const known = corpusKnown(CORPUS);
  const corpus = readdirSync(CORPUS)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => measureMisreads(join(CORPUS, f), known.get(f.slice(0, 3)) ?? []));
  return [...seeds, ...corpus];
}

export function printColumnsQuality(articlesDir: string, rawDir: string, heldOut: ReadonlySet<string>): Record<string, unknown> {
  const status = languageModel();
  console.log(`\nlanguage model: ${status.available ? `${status.manifest.source}` : `none (${status.reason})`}`);
  const side = sideBySideQuality(articlesDir, heldOut, [1, 2, 3], 60);
  console.log(`\nsynthetic side-by-side pages (${side.pages}: 2 or 3 columns of 9–17 ems, one article flowing or one per column):`);
  console.log(
    `  joins between printed lines right: ${side.joins.right}/${side.joins.total} (${pct(side.joins.right / side.joins.total)}); as the OCR read them: ${pct(side.ocrJoins.right / side.ocrJoins.total)}; pages exactly right: ${side.exact}/${side.pages}`,
  );
  const page = existsSync(CORPUS) ? readdirSync(CORPUS).find((f) => SIDE_BY_SIDE_PAGE.test(f)) : undefined;
  const corpus = page ? corpusPageCer(join(CORPUS, page)) : undefined;
  if (corpus) console.log(`\ncorpus page ${page} (side-by-side columns), corpus scorer: CER ${pct(corpus.cer)} over ${corpus.articles} gold articles`);
  const misreads = misreadQuality(rawDir);
  const known = misreads.reduce((n, q) => n + q.known.length, 0);
  const flagged = misreads.reduce((n, q) => n + q.flagged.length, 0);
  const flags = misreads.reduce((n, q) => n + q.suspects.length, 0);
  const characters = misreads.reduce((n, q) => n + q.characters, 0);
  console.log(
    `\nsuspected misreads: ${flagged} of ${known} known misreads flagged with the right proposal; ${flags} flags in all (${characters} characters, one per ${Math.round(characters / Math.max(1, flags))})`,
  );
  for (const q of misreads) {
    const missed = q.known.filter((k) => !q.flagged.includes(k)).map((k) => `${k.from}→${k.to}`);
    console.log(`  ${q.file}: ${q.flagged.length}/${q.known.length} known, ${q.suspects.length} flag(s)${missed.length ? `; missed: ${missed.join(', ')}` : ''}`);
    for (const s of q.suspects) console.log(`      ? line ${s.line}: ${s.found} → ${s.proposal}? (${s.context})`);
  }
  return { languageModel: status.available, sideBySide: side, corpusSideBySide: corpus, misreads: { known, flagged, flags, characters } };
}
