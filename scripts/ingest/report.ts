// The ingest's report on one raw file, a line per fact: what was written, created, updated,
// removed; what was repaired; the articles and their titles; corrections applied; names proposed;
// what needs an editor (hand edits in the way, what the page lacks, weak places, suspected
// misreads).
import type { PageResult } from './pipeline.ts';
import { describeRepairs } from './repairs.ts';
import type { PageWrite } from './write/index.ts';
import { suspectLine } from './write/suspects.ts';

function countLine(w: PageWrite, total: number): string {
  const conflicts = w.outcomes.conflict.length + w.outcomes['conflict-unchanged'].length;
  const parts = [`${w.outcomes.created.length} created`, `${w.outcomes.updated.length} updated`, `${w.outcomes.unchanged.length} unchanged`];
  if (conflicts > 0) parts.push(`${conflicts} kept as edited`);
  if (w.removed.length > 0) parts.push(`${w.removed.length} removed`);
  return `${total} article(s) — ${parts.join(', ')}`;
}

function correctionLines(result: PageResult): string[] {
  const applied = new Map<string, number>();
  for (const a of result.articles) for (const c of a.data.corrections ?? []) applied.set(`${c.from} → ${c.to}`, (applied.get(`${c.from} → ${c.to}`) ?? 0) + 1);
  return [...applied].map(([c, n]) => `    ✎ correction applied: ${c}${n > 1 ? ` (in ${n} articles)` : ''}`);
}

/** What the page does not say and no sidecar supplied: one line each. */
function lackLines(result: PageResult, sidecarName: string): string[] {
  const out: string[] = [];
  if (result.articles.every((a) => !a.data.date)) out.push(`no date printed on the page: add \`date:\` to ${sidecarName}`);
  if (result.articles.every((a) => !a.data.source?.publication)) out.push(`no publication named: add \`publication:\` to ${sidecarName}`);
  // A page with a web page's chrome (share bars, menus) has no page number to give.
  const printed = result.kind === 'print' && (result.repairs.chrome ?? 0) === 0;
  if (printed && result.articles.every((a) => !a.data.source?.page)) out.push(`no page number: add \`page:\` to ${sidecarName}`);
  return out.map((l) => `    ⚠ ${l}`);
}

function editLines(w: PageWrite, file: string): string[] {
  return [
    ...w.outcomes.conflict.map(
      (n) => `    ! ${n} was edited by hand and the ingest's version changed: kept yours, ours is beside it as ${n}.new (npm run ingest -- --accept ${n} to keep yours for good)`,
    ),
    ...w.outcomes['conflict-unchanged'].map((n) => `    ! ${n}: still edited by hand, ${n}.new unchanged`),
    ...w.removed.map((n) => `    − ${n} removed: ${file} no longer produces it`),
    ...w.stale.map((n) => `    ! ${n} is no longer produced by ${file} but was edited by hand: kept it`),
  ];
}

export function fileReport(shown: string, file: string, result: PageResult, written: PageWrite, sidecarName: string): string[] {
  const repairs = describeRepairs(result.repairs);
  return [
    `✔ ${shown} (${result.encoding}): ${countLine(written, result.articles.length)}`,
    ...(repairs ? [`    repairs: ${repairs}`] : []),
    ...result.articles.map((a) => `    · ${a.data.title}${a.data.titleOrigin === 'derived' ? '（标题由正文生成）' : ''}`),
    ...correctionLines(result),
    ...(written.newNames.length > 0 ? [`    ＋ names not in the authority files (proposed as candidates): ${written.newNames.join('、')}`] : []),
    ...editLines(written, file),
    ...lackLines(result, sidecarName),
    ...result.warnings.map((w) => `    ⚠ ${w}`),
    ...result.suspects.suspects.map((x) => `    ${suspectLine(x)}`),
  ];
}
