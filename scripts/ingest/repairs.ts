// The repair log: what the cleaner repaired or removed on a page, by kind, with counts. The
// report prints each kind with its label; tests and the quality tools read the counts.

export const REPAIR_LABELS = {
  fakeBold: 'fake-bold lines undone',
  furniture: 'furniture lines removed',
  chrome: 'web and app chrome lines removed',
  tail: 'lines after the article’s end removed (teasers, footer)',
  sidebars: 'sidebars made articles of their own',
  footnotes: 'footnote lines moved after the text',
  columnsReordered: 'lines with columns read together, put back in reading order',
  rejoined: 'printed lines rejoined out of OCR order',
  wrapped: 'wrapped lines joined',
  captions: 'captions lifted out',
  pullQuotes: 'pull quotes removed',
  pageJumps: 'articles joined across a page jump',
  tables: 'tables rebuilt',
  items: 'short items made articles of their own',
  datelines: 'datelines taken out of the text',
} as const;

export type RepairKind = keyof typeof REPAIR_LABELS;

export type RepairLog = Partial<Record<RepairKind, number>>;

export function countRepair(log: RepairLog, kind: RepairKind, n = 1): void {
  if (n > 0) log[kind] = (log[kind] ?? 0) + n;
}

export function mergeRepairs(...logs: RepairLog[]): RepairLog {
  const out: RepairLog = {};
  for (const log of logs) for (const [kind, n] of Object.entries(log) as Array<[RepairKind, number]>) countRepair(out, kind, n);
  return out;
}

/** `fake-bold lines undone: 2; wrapped lines joined: 40`, in the order of the labels above. */
export function describeRepairs(log: RepairLog): string {
  return (Object.keys(REPAIR_LABELS) as RepairKind[])
    .filter((k) => log[k])
    .map((k) => `${REPAIR_LABELS[k]}: ${log[k]}`)
    .join('; ');
}
