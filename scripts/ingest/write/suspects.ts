// `suspects.yaml` in an ingest run's output directory: every suspected misread of the run, checked
// against the schema (src/schema/suspects.ts) and written at once (manifest.ts's atomic rename).
// Rewritten on every run; editors read it, and accept a proposal by copying it into the sidecar's
// `corrections`.
import { join } from 'node:path';
import { stringify } from 'yaml';
import { suspectsSchema, type SuspectEntry } from '../../../src/schema/suspects.ts';
import { writeAtomic } from './manifest.ts';
import type { Suspect } from '../describe/suspects/index.ts';

export const SUSPECTS_FILE = 'suspects.yaml';

const HEADER = `# 疑似误识 · Suspected OCR misreads found by the last \`npm run ingest\`; proposals only, nothing was changed.
# To accept one, copy it into the raw file's sidecar (NAME.meta.yaml) under corrections (from: found, to: proposal,
# with enough context in from to be found once). Rewritten on every run.
`;

export function suspectsYaml(suspects: readonly Suspect[]): string {
  const entries: SuspectEntry[] = suspects.map(({ file, line, found, proposal, context, reason }) => ({ file, line, found, proposal, context, reason }));
  const checked = suspectsSchema.parse(entries);
  return HEADER + (checked.length === 0 ? '[]\n' : stringify(checked, { lineWidth: 0 }));
}

export function writeSuspects(outDir: string, suspects: readonly Suspect[]): string {
  const path = join(outDir, SUSPECTS_FILE);
  writeAtomic(path, suspectsYaml(suspects));
  return path;
}

/** The report's line for one suspect. */
export const suspectLine = (s: Suspect): string => `? ${s.file} line ${s.line}: ${s.found} → ${s.proposal}? (${s.context})`;
