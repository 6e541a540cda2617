// The orders articles are listed in.
interface Sortable {
  id: string;
  data: { date?: string | undefined; position?: number | undefined; source?: { file?: string | undefined } | undefined };
}

/** Newest first; undated articles last; within one page, in printed order; then by id for stability. */
export function compareArticles(a: Sortable, b: Sortable): number {
  const da = a.data.date ?? '';
  const db = b.data.date ?? '';
  if (da !== db) {
    if (!da) return 1;
    if (!db) return -1;
    return db.localeCompare(da);
  }
  const fa = a.data.source?.file ?? '';
  const fb = b.data.source?.file ?? '';
  if (fa !== fb) return fa.localeCompare(fb);
  const pa = a.data.position ?? Number.MAX_SAFE_INTEGER;
  const pb = b.data.position ?? Number.MAX_SAFE_INTEGER;
  if (pa !== pb) return pa - pb;
  return a.id.localeCompare(b.id);
}

/** Articles of one page in the order they stand on it (a copy; ties by id). */
export function inPrintedOrder<T extends Sortable>(articles: readonly T[]): T[] {
  return [...articles].sort((a, b) => (a.data.position ?? 0) - (b.data.position ?? 0) || a.id.localeCompare(b.id));
}
