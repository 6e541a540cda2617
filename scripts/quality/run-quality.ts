// `npm run quality`: how close the ingest comes to gold transcriptions.
//
//   npm run quality                          everything it finds: the seeds (tests/corpus/seeds/,
//                                            raw files in content/raw/), the shared corpus
//                                            (../shared/corpus/), the project's own pages
//                                            (tests/corpus/pages/), then the de-interleaver's
//                                            measures (transcribed-pages.ts)
//   npm run quality -- --corpus DIR [--json] the ingest's output for DIR's pages, scored as
//                                            score.py scores it (gold-score/)
//
// Options: --corpus DIR (repeatable), --raw DIR (where else raw files are; default content/raw),
// --shared DIR (the shared corpus; default ../shared/corpus, or ../../shared/corpus from a worktree), --articles DIR (score these articles, do not run the ingest),
// --keep DIR (keep the ingest's output), --score-py PATH (also run score.py and compare),
// --entities DIR (authority files; default $GOLDEVAL_AUTHORITY or content/entities), --json.
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { formatReport } from './gold-score/index.ts';
import { pyJsonReplacer } from './gold-score/python-values.ts';
import { runSuite, type Suite, type SuiteOptions, type SuiteResult } from './corpus-run/score-suite.ts';
import { measureColumns } from './transcribed-pages.ts';
import { printColumnsQuality } from './columns-quality.ts';
import { readdirSync } from 'node:fs';
import { sharedCorpusDir } from './corpus-run/shared-corpus.ts';

export { measurePage } from './transcribed-pages.ts';

const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SEEDS = 'tests/corpus/seeds';
const OWN_PAGES = 'tests/corpus/pages';
const RAW = 'content/raw';

const USAGE = `usage: npm run quality [-- --corpus DIR ... [--raw DIR] [--articles DIR | --keep DIR] [--score-py PATH]] [--shared DIR] [--entities DIR] [--json]`;

function suiteLines(r: SuiteResult): string[] {
  const lines = [`== ${r.suite.name}: ${r.suite.dir} (${r.report.sources.length} page(s)) ==`];
  lines.push(...r.problems.map((p) => `! ${p}`), ...formatReport(r.report));
  if (r.agreement?.error) lines.push(`score.py: ${r.agreement.error}`);
  else if (r.agreement) {
    const d = r.agreement.differences;
    lines.push(d.length === 0 ? `score.py agrees: every row and total equal` : `score.py DISAGREES (${d.length}):`, ...d.slice(0, 40).map((x) => `  ${x}`));
  }
  return lines;
}

function summaryLines(results: readonly SuiteResult[]): string[] {
  const head = 'suite      pages  gold   out   1:1     CER  strict  titles  fields  recall  precision  captions  junk';
  const rows = results.map((r) => {
    const t = r.report.total;
    const cells: Array<[string | number, number]> = [
      [r.report.sources.length, 6],
      [t.gold_articles, 5],
      [t.output_articles, 5],
      [t.one_to_one, 5],
      [t.cer.toFixed(4), 7],
      [t.cer_strict.toFixed(4), 7],
      [t.title_accuracy.toFixed(3), 7],
      [t.kicker_subtitle_date_accuracy.toFixed(3), 7],
      [t.entity_recall.toFixed(3), 7],
      [t.entity_precision.toFixed(3), 10],
      [t.caption_recall.toFixed(3), 9],
      [t.junk_leaks, 5],
    ];
    return [r.suite.name.padEnd(9), ...cells.map(([v, w]) => String(v).padStart(w))].join(' ');
  });
  const legend = '(fields: kicker, subtitle, series and date; recall and precision: parks and companies)';
  return ['', head, ...rows, legend];
}

interface Plan {
  suites: Suite[];
  options: SuiteOptions;
  json: boolean;
  /** No --corpus: every suite it finds, then the de-interleaver's measures. */
  everything: boolean;
  keep: boolean;
}

/** The command line → what to run; a string is a usage error. */
function plan(): Plan | string | undefined {
  const { values } = parseArgs({
    options: {
      corpus: { type: 'string', multiple: true },
      raw: { type: 'string', multiple: true },
      shared: { type: 'string' },
      articles: { type: 'string' },
      keep: { type: 'string' },
      'score-py': { type: 'string' },
      entities: { type: 'string' },
      json: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) return undefined;
  const rawDirs = values.raw ?? [RAW];
  const shared = values.shared ? resolve(values.shared) : sharedCorpusDir(PROJECT_ROOT).dir;
  const everything = !values.corpus;
  if (everything && !existsSync(shared)) console.error(`(no shared corpus at ${shared}; give --shared DIR to score it)`);
  const suites: Suite[] = everything
    ? [{ name: 'seeds', dir: SEEDS, rawDirs }, ...(existsSync(shared) ? [{ name: 'corpus', dir: shared, rawDirs: [] }] : []), { name: 'pages', dir: OWN_PAGES, rawDirs: [] }]
    : values.corpus!.map((dir) => ({ name: basename(resolve(dir)), dir, rawDirs }));
  if ((values.articles || values.keep) && suites.length > 1) return '--articles and --keep take one --corpus';
  const options: SuiteOptions = {
    projectRoot: PROJECT_ROOT,
    authorityDir: values.entities ?? process.env.GOLDEVAL_AUTHORITY ?? 'content/entities',
    ...(values.articles ? { articlesDir: values.articles } : {}),
    ...(values.keep ? { keepDir: values.keep } : {}),
    ...(values['score-py'] ? { scorePy: values['score-py'] } : {}),
  };
  return { suites, options, json: values.json, everything, keep: Boolean(values.keep) };
}

/** Every suite, each on its own: one that cannot run (a --keep directory in use) does not stop the others. */
function runAll(p: Plan): { results: SuiteResult[]; failed: boolean } {
  const results: SuiteResult[] = [];
  let failed = false;
  for (const suite of p.suites) {
    try {
      results.push(runSuite(suite, p.options));
    } catch (error) {
      console.error(`✖ ${suite.name}: ${error instanceof Error ? error.message : String(error)}`);
      failed = true;
    }
  }
  return { results, failed };
}

function main(): number {
  const p = plan();
  if (p === undefined || typeof p === 'string') {
    console[p ? 'error' : 'log'](p ? `${p}\n${USAGE}` : USAGE);
    return p ? 2 : 0;
  }
  const { results, failed } = runAll(p);
  const columns = p.everything ? measureColumns() : undefined;
  if (p.json) {
    for (const r of results) for (const problem of r.problems) console.error(`! ${problem}`);
    const named = Object.fromEntries(results.map((r) => [r.suite.name, r.report]));
    const json = results.length === 1 && !columns ? results[0]!.report : { ...named, ...(columns ? { columns: columns.json } : {}) };
    console.log(JSON.stringify(json, pyJsonReplacer, 1));
  } else {
    for (const r of results) console.log([...suiteLines(r), ''].join('\n'));
    if (columns) {
      console.log(['== columns: the de-interleaver on transcribed and synthetic pages ==', ...columns.lines, ''].join('\n'));
      // Articles of transcribed pages are held out of the synthetic pages: their text came through the step.
      const heldOut = new Set(readdirSync('tests/fixtures/transcriptions').map((f) => f.replace(/\.md$/u, '.txt')));
      printColumnsQuality('content/articles', 'content/raw', heldOut);
    }
    if (results.length > 1) console.log(summaryLines(results).join('\n'));
  }
  if (p.keep) for (const r of results) console.error(`articles kept in ${r.articlesDir}`);
  const disagrees = results.some((r) => r.agreement && (r.agreement.error || r.agreement.differences.length > 0));
  return failed ? 2 : disagrees ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();
