// `npm run check`: validates every article in content/articles/ without building the site.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { validateArticleText } from '../src/schema/validate-article.ts';

export interface CheckReport {
  checked: number;
  errors: string[];
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

export function checkArticles(dir: string): CheckReport {
  const errors: string[] = [];
  const files = listMarkdown(dir);
  for (const path of files) {
    const shown = relative(process.cwd(), path);
    const result = validateArticleText(shown, readFileSync(path, 'utf8'));
    if (!result.ok) errors.push(...result.errors);
  }
  return { checked: files.length, errors };
}

function main(): number {
  const dir = process.argv[2] ?? 'content/articles';
  const { checked, errors } = checkArticles(dir);
  for (const e of errors) console.error(e);
  const bad = new Set(errors.map((e) => e.split(': ')[0])).size;
  console.log(`${checked} articles checked, ${bad} with problems`);
  return errors.length > 0 ? 1 : 0;
}

if (import.meta.url === `file://${process.argv[1]}`) process.exitCode = main();
