// Two published articles cut from the same raw lines are one article published twice: most often
// an editor's copy of an article the ingest also writes (a renamed copy, a .md.new kept as .md).
import { fromRanges, toRanges } from '../../src/core/line-ranges.ts';

export interface ClaimedLines {
  shown: string;
  file?: string | undefined;
  lines?: string | undefined;
  draft: boolean;
}

/** One message per pair of published articles whose raw lines overlap. */
export function sharedLineErrors(articles: readonly ClaimedLines[]): string[] {
  const byRaw = new Map<string, Array<{ shown: string; lines: Set<number> }>>();
  for (const a of articles) {
    if (a.draft || !a.file || !a.lines) continue;
    byRaw.set(a.file, [...(byRaw.get(a.file) ?? []), { shown: a.shown, lines: new Set(fromRanges(a.lines)) }]);
  }
  const errors: string[] = [];
  for (const [raw, group] of byRaw) {
    group.forEach((a, i) => {
      for (const b of group.slice(i + 1)) {
        const shared = [...a.lines].filter((n) => b.lines.has(n));
        if (shared.length === 0) continue;
        errors.push(
          `${b.shown}: source.lines: claims lines ${toRanges(shared)} of ${raw}, as ${a.shown} does — the article would be published twice: delete one of the two, set draft: true on one, or correct source.lines`,
        );
      }
    });
  }
  return errors;
}
