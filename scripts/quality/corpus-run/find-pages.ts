// A corpus directory's pages: every `NAME.gold.yaml` with the raw file its `source` names, looked
// for beside the gold file, then in the other raw directories given (the seeds' gold files live
// in tests/corpus/seeds/, their raw files and sidecars in content/raw/).
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { readGold } from '../gold-score/read-gold.ts';

export interface CorpusPage {
  gold: string;
  raw: string;
}

export interface FoundPages {
  pages: CorpusPage[];
  /** What could not be paired, each naming the file. */
  problems: string[];
}

export function findPages(dir: string, rawDirs: readonly string[] = []): FoundPages {
  const pages: CorpusPage[] = [];
  const problems: string[] = [];
  if (!existsSync(dir)) return { pages, problems: [`${dir}: no such directory`] };
  const names = readdirSync(dir).sort();
  const sources = new Set<string>();
  for (const name of names.filter((n) => n.endsWith('.gold.yaml'))) {
    const gold = join(dir, name);
    let source: string;
    try {
      source = readGold(gold).source;
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
      continue;
    }
    sources.add(source);
    const raw = [dir, ...rawDirs].map((d) => join(d, source)).find((p) => existsSync(p));
    if (raw) pages.push({ gold, raw });
    else problems.push(`${gold}: its raw file ${source} is in none of ${[dir, ...rawDirs].join(', ')}`);
  }
  for (const name of names.filter((n) => n.endsWith('.txt') && !sources.has(n))) problems.push(`${join(dir, name)}: no gold file names it; not scored`);
  return { pages, problems };
}
