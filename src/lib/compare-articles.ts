// Newest first; undated articles last; within one page, in printed order; then by id for stability.
interface Sortable {
  id: string;
  data: { date?: string | undefined; position?: number | undefined; source?: { file?: string | undefined } | undefined };
}

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
