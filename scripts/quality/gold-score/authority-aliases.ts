// The aliases of the project's authority files (content/entities/*.yaml, *.yml), as score.py reads
// them: an article may give a canonical name where the gold has the name as printed.
import { globFlat, readTextLikePython } from './python-files.ts';
import { parsePythonYaml } from './python-yaml.ts';
import { isMapping, pyGet, pyIter, pyStr, pyTruthy } from './python-values.ts';
import type { Aliases } from './entity-match.ts';

/** Canonical name → aliases and short forms, from one authority file's parsed YAML (a list). */
export function aliasesFrom(parsed: unknown, into = new Map<string, string[]>()): Map<string, string[]> {
  for (const x of Array.isArray(parsed) ? parsed : []) {
    if (!isMapping(x) || !pyTruthy(pyGet(x, 'name'))) continue;
    const forms = ['aliases', 'shortForms'].flatMap((k) => (pyTruthy(pyGet(x, k)) ? pyIter(pyGet(x, k)) : []).map(pyStr));
    into.set(pyStr(x.name), forms);
  }
  return into;
}

/** Every *.yaml then *.yml file of the directory; a file that cannot be read is skipped, as there. */
export function readAuthorityAliases(dir: string): Aliases {
  const aliases = new Map<string, string[]>();
  for (const path of [...globFlat(dir, 'yaml'), ...globFlat(dir, 'yml')]) {
    try {
      aliasesFrom(parsePythonYaml(readTextLikePython(path)), aliases);
    } catch {
      // score.py skips an authority file it cannot parse
    }
  }
  return aliases;
}
