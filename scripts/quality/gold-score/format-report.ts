// The report as text, line for line as score.py prints it (so the two can be diffed): one line per
// raw file, one per gold article, then the totals as one JSON line.
import { pyFixed, pyFloatRepr, pyRepr, pyStr } from './python-values.ts';
import type { ScoreReport, Totals } from './types.ts';

/** Python's f"{s:<n}": pad to n code points. */
const padEnd = (s: string, n: number) => s + ' '.repeat(Math.max(0, n - [...s].length));

const FLOAT_TOTALS = new Set<keyof Totals>(['cer', 'cer_strict', 'title_accuracy', 'entity_recall', 'entity_precision', 'kicker_subtitle_date_accuracy', 'caption_recall']);

/** json.dumps(total, ensure_ascii=False): floats as Python writes them (0.0, 1.0). */
export function totalsLine(total: Totals): string {
  const fields = Object.entries(total).map(([k, v]) => {
    const value = FLOAT_TOTALS.has(k as keyof Totals) ? pyFloatRepr(v as number) : String(v);
    return `${JSON.stringify(k)}: ${value}`;
  });
  return `{${fields.join(', ')}}`;
}

export function formatReport(report: ScoreReport): string[] {
  const lines: string[] = [];
  const orDash = (v: Record<string, unknown> | unknown[]) => (Object.keys(v).length > 0 ? pyRepr(v) : '-');
  for (const s of report.sources) {
    lines.push(`${s.source}: ${s.outputs} output articles, merged=${orDash(s.merged)} junk=${orDash(s.junk_leaks)}`);
    for (const a of s.articles) {
      const title = a.title_ok === undefined ? '-' : pyStr(a.title_ok);
      let line = `  ${padEnd(pyStr(a.key), 18)} cer=${pyFixed(a.cer, 3)} strict=${pyFixed(a.cer_strict, 3)} title=${title} ents=${a.entities} -> ${pyStr(a.file)}`;
      if (a.missing.length > 0) line += ` missing=${pyRepr(a.missing)}`;
      if (a.extra.length > 0) line += ` extra=${pyRepr(a.extra)}`;
      lines.push(line);
    }
  }
  lines.push(totalsLine(report.total));
  return lines;
}
