// The suspected OCR misreads an ingest run lists for the editors (`suspects.yaml` in its output
// directory, written by scripts/ingest/describe/suspects/write-suspects.ts). Proposals only: an
// editor accepts one by copying it into the raw file's sidecar as a correction.
import { z } from 'astro/zod';
import { nonEmptyString } from './common.ts';

export const suspectSchema = z
  .object({
    // Raw file the text came from, and the line of it where the suspect stands.
    file: nonEmptyString,
    line: z.number().int().positive(),
    // The text as found, and what it may have been.
    found: nonEmptyString,
    proposal: nonEmptyString,
    // The words around it, to find it by.
    context: nonEmptyString,
    // Why it is suspected, for the editor.
    reason: nonEmptyString,
  })
  .strict();

export const suspectsSchema = z.array(suspectSchema);

export type SuspectEntry = z.infer<typeof suspectSchema>;
