// The project's own corpus pages (tests/corpus/pages/): layouts the shared corpus does not have,
// generated deterministically from clean texts written for them (pages/*.ts).
//
//   npx tsx scripts/quality/corpus-maker/index.ts           write NUM_<hex>.txt and .gold.yaml, then check them
//   npx tsx scripts/quality/corpus-maker/index.ts --check   check only: the files on disk must be what would be written
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildPage } from './build-page.ts';
import { PAGES } from './pages/index.ts';

const OUT = fileURLToPath(new URL('../../../tests/corpus/pages', import.meta.url));

function main(): number {
  const checkOnly = process.argv.includes('--check');
  const problems: string[] = [];
  if (!checkOnly) mkdirSync(OUT, { recursive: true });
  for (const maker of PAGES) {
    const page = buildPage(maker);
    const files: Array<[string, Buffer]> = [
      [`${page.name}.txt`, page.raw],
      [`${page.name}.gold.yaml`, Buffer.from(page.gold, 'utf8')],
    ];
    for (const [file, data] of files) {
      const path = join(OUT, file);
      if (!checkOnly) writeFileSync(path, data);
      else if (!existsSync(path) || !readFileSync(path).equals(data)) problems.push(`${file}: differs from what the corpus maker generates`);
    }
    problems.push(...page.problems);
    console.log(`${page.name}.txt  ${String(page.raw.length).padStart(6)} bytes  ${maker.summary.split(':')[0]}`);
  }
  for (const p of problems) console.log(`ERROR ${p}`);
  if (problems.length === 0) console.log(checkOnly ? 'all pages are as generated and pass their checks' : 'written; all checks passed');
  return problems.length === 0 ? 0 : 1;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();
