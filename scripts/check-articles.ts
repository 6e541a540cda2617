// `npm run check`: validates every article in content/articles/ without building the site.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { validateArticleText } from '../src/schema/validate-article.ts';
import { AuthorityError, ENTITIES_DIR, loadAuthority, type Authority } from '../src/core/entities/authority.ts';
import type { EntityKind } from '../src/schema/entity.ts';

export interface CheckReport {
  checked: number;
  errors: string[];
  /** Not errors: names the authority files do not list yet. */
  warnings: string[];
}

function listMarkdown(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out.push(...listMarkdown(path));
    else if (name.endsWith('.md')) out.push(path);
  }
  return out;
}

export function checkArticles(dir: string, authority: Authority = { parks: [], companies: [] }): CheckReport {
  const errors: string[] = [];
  const warnings: string[] = [];
  const known = (kind: EntityKind) => new Set(authority[kind].map((e) => e.name));
  const knownNames = { parks: known('parks'), companies: known('companies') };
  const files = listMarkdown(dir);
  for (const path of files) {
    const shown = relative(process.cwd(), path);
    const result = validateArticleText(shown, readFileSync(path, 'utf8'));
    if (!result.ok) {
      errors.push(...result.errors);
      continue;
    }
    for (const kind of ['parks', 'companies'] as const) {
      for (const name of result.article[kind]) {
        if (!knownNames[kind].has(name)) warnings.push(`${shown}: ${kind}: ${name} is not in ${ENTITIES_DIR}/${kind}.yaml (its page will show no aliases or city; add it there)`);
      }
    }
  }
  return { checked: files.length, errors, warnings };
}

function main(): number {
  const dir = process.argv[2] ?? 'content/articles';
  let authority: Authority;
  try {
    authority = loadAuthority();
  } catch (error) {
    console.error(error instanceof AuthorityError ? error.message : String(error));
    return 1;
  }
  const { checked, errors, warnings } = checkArticles(dir, authority);
  for (const w of warnings) console.log(`⚠ ${w}`);
  for (const e of errors) console.error(e);
  const bad = new Set(errors.map((e) => e.split(': ')[0])).size;
  console.log(`${checked} articles checked, ${bad} with problems`);
  return errors.length > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();
