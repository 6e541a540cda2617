// How well the name detector finds parks and companies, measured apart from the rest of the
// ingest: the detector runs on each hand-made article's own text (title, kicker, subtitle, body,
// captions), so a cutting or cleaning error elsewhere does not count here. Names are compared
// with the corpus scorer's rules (name-matching.ts).
//
//   npx tsx scripts/quality/names-quality.ts [GOLD.yaml...] [--seeds [DIR]] [--json] [--authority DIR]
//
// With gold files (default: the shared corpus's *.gold.yaml, ../shared/corpus): recall and precision per file and
// overall against each gold article's `parks` and `companies`. With --seeds: the same against
// the editors' reviewed lists in content/articles/*.md (or DIR: an earlier commit's articles) (a name the editors kept but the detector
// no longer finds is a loss), and, name for name, what the detector no longer or now also gives.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import { createEntityDetector } from '../ingest/describe/detect-entities.ts';
import { loadAuthority, type Authority } from '../../src/core/entities/authority.ts';
import { readableText } from '../../src/core/readable-text.ts';
import { splitFrontMatter } from '../../src/schema/front-matter.ts';
import { sharedCorpusDir } from './corpus-run/shared-corpus.ts';
import { scoreNames, type AliasTable, type NameScore } from './name-matching.ts';

const CORPUS = sharedCorpusDir(process.cwd()).dir;
const ARTICLES = 'content/articles';

interface Case {
  file: string;
  key: string;
  text: string;
  names: string[];
}

const strings = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : typeof v === 'string' ? [v] : []);

function goldCases(path: string): Case[] {
  const gold = parse(readFileSync(path, 'utf8')) as { articles?: Array<Record<string, unknown>> };
  return (gold.articles ?? []).map((a) => ({
    file: basename(path),
    key: String(a.key),
    text: [a.title, a.kicker, a.subtitle, a.body, ...strings(a.captions)].filter((x): x is string => typeof x === 'string' && x !== '').join('\n'),
    names: [...strings(a.parks), ...strings(a.companies)],
  }));
}

function seedCases(dir: string): Case[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.md'))
    .sort()
    .map((f) => {
      const { data, body } = splitFrontMatter(readFileSync(join(dir, f), 'utf8'));
      const text = [data.title, data.kicker, data.subtitle, readableText(body), ...strings(data.captions)].filter((x): x is string => typeof x === 'string' && x !== '').join('\n');
      return { file: f, key: f.replace(/\.md$/u, ''), text, names: [...strings(data.parks), ...strings(data.companies)] };
    });
}

function aliasTable(authority: Authority): AliasTable {
  return new Map([...authority.parks, ...authority.companies].map((e) => [e.name, [...e.aliases, ...e.shortForms]]));
}

interface Row extends NameScore {
  file: string;
  key: string;
  /** Exactly: listed names the detector does not give, and names it gives that are not listed. */
  lost: string[];
  added: string[];
}

function totals(rows: readonly Row[]) {
  const gold = rows.reduce((n, r) => n + r.gold, 0);
  const given = rows.reduce((n, r) => n + r.given, 0);
  const missing = rows.reduce((n, r) => n + r.missing.length, 0);
  const extra = rows.reduce((n, r) => n + r.extra.length, 0);
  return { gold, given, recall: gold ? (gold - missing) / gold : 1, precision: given ? (given - extra) / given : 1 };
}

const pct = (x: number) => `${(100 * x).toFixed(1)} %`;

function main(): void {
  const args = process.argv.slice(2);
  const flag = (name: string) => args.includes(name);
  const authorityAt = args.indexOf('--authority');
  const authority = loadAuthority(authorityAt >= 0 ? args[authorityAt + 1] : undefined);
  const seedsAt = args.indexOf('--seeds');
  const seedsDir = seedsAt >= 0 && args[seedsAt + 1] && !args[seedsAt + 1]!.startsWith('--') ? args[seedsAt + 1]! : ARTICLES;
  const paths = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--authority' && args[i - 1] !== '--seeds');
  const cases = flag('--seeds')
    ? seedCases(seedsDir)
    : (paths.length > 0
        ? paths
        : existsSync(CORPUS)
          ? readdirSync(CORPUS)
              .filter((f) => f.endsWith('.gold.yaml'))
              .sort()
              .map((f) => join(CORPUS, f))
          : []
      ).flatMap(goldCases);
  if (cases.length === 0) throw new Error('no gold articles: give *.gold.yaml files or --seeds');
  const detector = createEntityDetector(authority);
  const aliases = aliasTable(authority);
  const rows: Row[] = cases.map((c) => {
    const found = detector.detect(c.text);
    const given = [...found.parks, ...found.companies];
    const lost = c.names.filter((n) => !given.includes(n));
    const added = given.filter((n) => !c.names.includes(n));
    return { file: c.file, key: c.key, ...scoreNames(c.names, given, aliases), lost, added };
  });
  const files = [...new Set(rows.map((r) => r.file))];
  const report = { files: files.map((file) => ({ file, ...totals(rows.filter((r) => r.file === file)) })), total: totals(rows), articles: rows };
  if (flag('--json')) {
    console.log(JSON.stringify(report, null, 1));
    return;
  }
  for (const r of rows) {
    const notes = [
      r.missing.length ? `missing ${r.missing.join('、')}` : '',
      r.extra.length ? `extra ${r.extra.join('、')}` : '',
      // On the seeds, what changed from the reviewed lists, name for name.
      flag('--seeds') && r.lost.length ? `no longer ${r.lost.join('、')}` : '',
      flag('--seeds') && r.added.length ? `now also ${r.added.join('、')}` : '',
    ]
      .filter(Boolean)
      .join('; ');
    console.log(
      `  ${r.file === `${r.key}.md` ? r.file : `${r.file} ${r.key}`}: ${r.gold - r.missing.length}/${r.gold} found, ${r.given - r.extra.length}/${r.given} right${notes ? ` — ${notes}` : ''}`,
    );
  }
  for (const f of report.files) console.log(`${f.file}: recall ${pct(f.recall)} (${f.gold}), precision ${pct(f.precision)} (${f.given})`);
  const t = report.total;
  console.log(`names: recall ${pct(t.recall)} of ${t.gold}, precision ${pct(t.precision)} of ${t.given}`);
}

if (import.meta.url === `file://${process.argv[1]}`) main();
