// The page's reading given back as lines: a line whose printed lines all stayed together, in
// order, as the OCR wrote it; every other printed line as a line of its own. And the joins a
// reader meets, for the report and the quality measures.
import type { PageLine } from '../read-page/page-lines.ts';
import type { PageFragments } from './page-fragments.ts';
import type { Entry } from './page-reading.ts';
import type { DeinterleaveReport } from './report.ts';

export function linesOf(entries: readonly Entry[], lines: readonly PageLine[], page: PageFragments): PageLine[] {
  const out: PageLine[] = [];
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e]!;
    if (entry.kind === 'line') {
      out.push(lines[entry.index]!);
      continue;
    }
    const line = page.fragments[entry.k]!.line;
    const first = page.firstOf[line]!;
    const count = page.firstOf[line + 1]! - first;
    const run = entries.slice(e, e + count);
    const whole = run.length === count && run.every((x, j) => x.kind === 'fragment' && x.k === first + j);
    if (whole) {
      out.push(lines[line]!);
      e += count - 1;
    } else out.push({ ...lines[line]!, text: page.fragments[entry.k]!.text, gapBefore: 0, gapAfter: 0 });
  }
  return out;
}

/** The joins between printed lines as the OCR read them and as they now stand, into the report. */
export function reportJoins(entries: readonly Entry[], page: PageFragments, region: readonly number[], report: DeinterleaveReport): void {
  const { fragments } = page;
  page.asRead.forEach((b, a) => {
    if (b !== undefined) report.ocrJoins.push([fragments[a]!.text, fragments[b]!.text]);
  });
  const order = entries.flatMap((e) => (e.kind === 'fragment' ? [e.k] : []));
  order.slice(1).forEach((b, i) => {
    const a = order[i]!;
    if (region[fragments[a]!.line] !== region[fragments[b]!.line]) return;
    report.joins.push([fragments[a]!.text, fragments[b]!.text]);
    if (b === a + 1) report.keptJoins++;
    else report.newJoins.push([fragments[a]!.text, fragments[b]!.text]);
  });
}
