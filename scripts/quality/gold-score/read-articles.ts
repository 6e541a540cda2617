// An output directory of generated articles (*.md, *.mdx, any depth) as score.py reads it: front
// matter between --- lines parsed like PyYAML (unparsable front matter counts as empty), the
// article's raw file from `source.file` (or source.raw, source.path, or a bare `source`).
import { basename } from 'node:path';
import { globRecursive, readTextLikePython } from './python-files.ts';
import { parsePythonYaml } from './python-yaml.ts';
import { PY_WHITESPACE } from './python-text.ts';
import { isMapping, pyGet, pyStr, pyTruthy } from './python-values.ts';
import type { OutputArticle } from './types.ts';

const WS = PY_WHITESPACE.source.slice(0, -1); // the class without its `+`
/** `^---\s*\n(.*?)\n---\s*\n?(.*)$` with re.S. */
const FRONT_MATTER = new RegExp(`^---${WS}*\\n([\\s\\S]*?)\\n---${WS}*\\n?([\\s\\S]*)$`, 'u');

/** The raw file an article names: basename(str(source.file or source.raw or source.path or source)). */
export function sourceFileOf(frontMatter: Record<string, unknown>): string {
  let src = pyGet(frontMatter, 'source');
  if (isMapping(src)) {
    src = [pyGet(src, 'file'), pyGet(src, 'raw'), pyGet(src, 'path')].find(pyTruthy) ?? pyGet(src, 'path');
  }
  return basename(pyStr(pyTruthy(src) ? src : ''));
}

/** One article file's text → an article, or undefined when it has no front matter. */
export function parseArticle(path: string, text: string): OutputArticle | undefined {
  const m = FRONT_MATTER.exec(text);
  if (!m) return undefined;
  let frontMatter: Record<string, unknown> = {};
  try {
    const parsed = parsePythonYaml(m[1]!);
    if (isMapping(parsed)) frontMatter = parsed;
  } catch {
    // score.py treats front matter it cannot parse as empty
  }
  return { path, frontMatter, source: sourceFileOf(frontMatter), body: m[2]! };
}

export interface ReadResult {
  articles: OutputArticle[];
  /** Files that could not be read (not UTF-8): named, and left out. */
  problems: string[];
}

export function readArticles(root: string): ReadResult {
  const articles: OutputArticle[] = [];
  const problems: string[] = [];
  for (const path of globRecursive(root, ['md', 'mdx'])) {
    try {
      const article = parseArticle(path, readTextLikePython(path));
      if (article) articles.push(article);
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  return { articles, problems };
}
