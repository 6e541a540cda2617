// Gold files (`*.gold.yaml`, the corpus's format: source, junk, articles with key, title, kicker,
// subtitle, series, byline, date, captions, parks, companies, body) read as PyYAML reads them, with
// a clear error naming the file for what the scorer cannot use.
import { readTextLikePython } from './python-files.ts';
import { parsePythonYaml } from './python-yaml.ts';
import { isMapping, pyIter, pyTruthy } from './python-values.ts';
import type { GoldPage } from './types.ts';

export class GoldError extends Error {}

export function parseGold(path: string, text: string): GoldPage {
  let data: unknown;
  try {
    data = parsePythonYaml(text);
  } catch (error) {
    throw new GoldError(`${path}: not YAML: ${error instanceof Error ? error.message : String(error)}`);
  }
  if (!isMapping(data)) throw new GoldError(`${path}: expected a mapping with source, junk and articles`);
  if (typeof data.source !== 'string' || data.source === '') throw new GoldError(`${path}: source: expected the raw file's name`);
  if (!Array.isArray(data.articles)) throw new GoldError(`${path}: articles: expected a list`);
  data.articles.forEach((a, i) => {
    if (!isMapping(a)) throw new GoldError(`${path}: articles[${i}]: expected a mapping`);
    if (!Object.hasOwn(a, 'key')) throw new GoldError(`${path}: articles[${i}]: no key`);
    if (typeof a.body !== 'string') throw new GoldError(`${path}: articles[${i}] (${String(a.key)}): body: expected text`);
  });
  return {
    path,
    source: data.source,
    junk: pyTruthy(data.junk) ? pyIter(data.junk) : [],
    articles: data.articles as GoldPage['articles'],
  };
}

export const readGold = (path: string): GoldPage => parseGold(path, readTextLikePython(path));
