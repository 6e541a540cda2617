// Suspected misreads (scripts/ingest/describe/suspects/) against the misreads known: the seeds'
// sidecar corrections (content/raw/*.meta.yaml) and the corpus's list (MISREADS in
// make_corpus.py). A known misread counts as flagged when a suspect's text lies inside it and its
// proposal puts back what the correction has at that place.
import { nodeText } from '../ingest/split/draft.ts';
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { glyphs } from '../../src/core/language-model/glyphs.ts';
import { languageModel } from '../../src/core/language-model/load.ts';
import { findSuspects, type Suspect } from '../ingest/describe/suspects/find-suspects.ts';
import { ingestBytes } from '../ingest/pipeline.ts';
import { readSidecar } from '../ingest/sidecar.ts';

export interface KnownMisread {
  from: string;
  to: string;
}

export interface MisreadQuality {
  file: string;
  characters: number;
  known: KnownMisread[];
  flagged: KnownMisread[];
  suspects: Suspect[];
}

/** Does the suspect propose (part of) this correction? Same-length corrections, place by place. */
export function proposes(suspect: Pick<Suspect, 'found' | 'proposal'>, known: KnownMisread): boolean {
  if (suspect.found.length !== suspect.proposal.length || known.from.length !== known.to.length) return false;
  for (let at = known.from.indexOf(suspect.found); at >= 0; at = known.from.indexOf(suspect.found, at + 1)) {
    if (known.to.slice(at, at + suspect.proposal.length) === suspect.proposal && suspect.found !== suspect.proposal) return true;
  }
  return false;
}

/** The corpus's known misreads, from its generator's MISREADS table. */
export function corpusMisreads(script: string): Map<string, KnownMisread[]> {
  const out = new Map<string, KnownMisread[]>();
  const table = /MISREADS = \{([\s\S]*?)\n\}/u.exec(script)?.[1] ?? '';
  for (const m of table.matchAll(/(\d+):\s*\[(.*)\]/gu)) {
    out.set(
      m[1]!,
      [...m[2]!.matchAll(/\("([^"]+)",\s*"([^"]+)"\)/gu)].map((p) => ({ from: p[1]!, to: p[2]! })),
    );
  }
  return out;
}

/** The raw line a paragraph starts on, found by its first characters. */
function lineOf(rawLines: readonly string[], paragraph: string): number {
  const key = paragraph.replace(/[^\p{Script=Han}]/gu, '').slice(0, 6);
  const i = rawLines.findIndex((l) => l.replace(/[^\p{Script=Han}]/gu, '').includes(key));
  return i + 1;
}

export function measureMisreads(rawPath: string, known: KnownMisread[]): MisreadQuality {
  const file = basename(rawPath);
  const status = languageModel();
  const bytes = readFileSync(rawPath);
  const result = ingestBytes(bytes, file, readSidecar(rawPath, file), { corrections: false });
  const rawLines = bytes.toString('utf8').split('\n');
  const paragraphs = result.articles.flatMap((a) => a.body.map(nodeText).map((text) => ({ line: lineOf(rawLines, text), text })));
  const characters = paragraphs.reduce((n, p) => n + p.text.replace(/\s+/gu, '').length, 0);
  const suspects = status.available ? findSuspects(file, paragraphs, { model: status.model, glyphs: glyphs() }) : [];
  return { file, characters, known, flagged: known.filter((k) => suspects.some((s) => proposes(s, k))), suspects };
}

/** The known misreads of a seed: its sidecar's corrections. */
export function sidecarMisreads(rawPath: string): KnownMisread[] {
  const sidecar = readSidecar(rawPath, basename(rawPath));
  return (sidecar.corrections ?? []).map((c) => ({ from: c.from, to: c.to }));
}

export function corpusKnown(corpusDir: string): Map<string, KnownMisread[]> {
  const script = `${corpusDir}/make_corpus.py`;
  return existsSync(script) ? corpusMisreads(readFileSync(script, 'utf8')) : new Map();
}
