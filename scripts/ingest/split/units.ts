// The page's lines, in reading order, into the units articles are made of: headings (lines that
// stand apart as headlines do), paragraphs (wrapped lines joined), bylines, captions, tables,
// bullets and the notes of an article jumping to or from another page. Lines are read by their
// form first (a byline, a jump note, a table row, a short item's lead); the rest is text, joined
// into paragraphs with the lines that stand alone kept as headings.
import { endsSentence, printedWidth } from '../char-classes.ts';
import type { PageLine } from '../read-page/page-lines.ts';
import { countRepair, type RepairLog } from '../repairs.ts';
import { parseBylineLine, splitTrailingByline } from './bylines.ts';
import { isCaptionLine } from './captions.ts';
import { liftFloating } from './floating-blocks.ts';
import { SPLIT } from './knobs.ts';
import { leadContinuation, readBullet, readItemLead, readJump, stripSubheadMark } from './line-forms.ts';
import { joinLines, PARAGRAPH_START, type FlowLine } from './paragraphs.ts';
import { findTables } from './tables.ts';

export type Unit =
  | { kind: 'head'; text: string; lines: number[]; bold: boolean; gapBefore: number; item?: boolean; marked?: boolean; startsArticle?: boolean }
  | { kind: 'text'; text: string; lines: number[] }
  | { kind: 'bullet'; text: string; lines: number[] }
  | { kind: 'byline'; names: string[]; raw: string; lines: number[]; trailing: boolean }
  | { kind: 'caption'; text: string; lines: number[] }
  | { kind: 'table'; rows: string[][]; lines: number[] }
  | { kind: 'jump'; dir: 'out' | 'in'; headline?: string; lines: number[] };

export type HeadUnit = Extract<Unit, { kind: 'head' }>;

export interface UnitContext {
  bold: ReadonlySet<number>;
  articleStarts: ReadonlySet<number>;
}

const HEADLINE_ABOVE_BYLINE = 24;
const HEADING_MAX_WIDTH = 40;

/** Joins a run of text lines into paragraphs; a single short line that ends no sentence is a heading. */
function flushText(run: FlowLine[], gaps: ReadonlyMap<number, number>, out: Unit[], repairs: RepairLog): void {
  for (const p of joinLines(run)) {
    const text = p.text.trim();
    const single = p.lineNos.length === 1;
    // A headline set over two lines joins like text (`关于…情况和` / `…的报告`): no sentence in it.
    const twoLineHead = p.lineNos.length === 2 && printedWidth(text) < 2 * HEADING_MAX_WIDTH && !/[，。；！？,;!?]/u.test(text);
    if ((single && printedWidth(text) < HEADING_MAX_WIDTH || twoLineHead) && !endsSentence(text) && !PARAGRAPH_START.test(text)) {
      out.push({ kind: 'head', text, lines: p.lineNos, bold: false, gapBefore: gaps.get(p.lineNos[0]!) ?? 0 });
      continue;
    }
    countRepair(repairs, 'wrapped', p.lineNos.length - 1);
    const bullet = readBullet(text);
    const trailing = splitTrailingByline(text);
    if (bullet !== undefined) out.push({ kind: 'bullet', text: bullet, lines: p.lineNos });
    else if (trailing) {
      out.push({ kind: 'text', text: trailing.text, lines: p.lineNos });
      out.push({ kind: 'byline', names: trailing.byline.names, raw: trailing.byline.raw, lines: [p.lineNos.at(-1)!], trailing: true });
    } else out.push({ kind: 'text', text, lines: p.lineNos });
  }
  run.length = 0;
}

/** A short line right above a byline is that article's title, not the end of a paragraph. */
function headlineAboveByline(run: FlowLine[]): FlowLine | undefined {
  const last = run.at(-1);
  if (!last || run.length < 2) return undefined;
  const t = last.text.trim();
  if (printedWidth(t) >= HEADLINE_ABOVE_BYLINE || endsSentence(t) || /[,，、]/u.test(t) || PARAGRAPH_START.test(t)) return undefined;
  return run.pop();
}

export function toUnits(lines: readonly PageLine[], ctx: UnitContext, repairs: RepairLog): Unit[] {
  const floating = liftFloating(lines);
  countRepair(repairs, 'pullQuotes', floating.pullQuotes);
  const tables = findTables(lines.map((l) => l.text));
  const tableAt = new Map(tables.map((t) => [t.from, t]));
  const captionAt = new Map(floating.captions.map((c) => [c.at, c]));
  const gaps = new Map(lines.map((l) => [l.lineNo, l.gapBefore]));
  const items = lines.filter((l) => readItemLead(l.text)).length >= SPLIT.minItems;
  const out: Unit[] = [];
  const run: FlowLine[] = [];
  const flush = () => flushText(run, gaps, out, repairs);
  const head = (line: PageLine, text: string, extra: Partial<HeadUnit> = {}) =>
    out.push({ kind: 'head', text, lines: [line.lineNo], bold: ctx.bold.has(line.lineNo), gapBefore: line.gapBefore, ...extra });

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.text.trim();
    const table = tableAt.get(i);
    if (table) {
      flush();
      out.push({ kind: 'table', rows: table.rows, lines: lines.slice(table.from, table.to + 1).map((l) => l.lineNo) });
      countRepair(repairs, 'tables');
      i = table.to;
      continue;
    }
    if (floating.lifted.has(i)) {
      const caption = captionAt.get(i);
      if (caption) {
        out.push({ kind: 'caption', text: caption.text, lines: caption.lines });
        countRepair(repairs, 'captions');
      }
      continue;
    }
    const jump = readJump(t);
    if (jump) {
      flush();
      out.push({ kind: 'jump', dir: jump.dir, ...(jump.headline ? { headline: jump.headline } : {}), lines: [line.lineNo] });
      continue;
    }
    if (isCaptionLine(t)) {
      out.push({ kind: 'caption', text: t, lines: [line.lineNo] });
      countRepair(repairs, 'captions');
      continue;
    }
    const byline = parseBylineLine(t);
    if (byline) {
      const above = headlineAboveByline(run);
      flush();
      if (above) head({ ...line, lineNo: above.lineNo, gapBefore: gaps.get(above.lineNo) ?? 0 }, above.text.trim());
      out.push({ kind: 'byline', names: byline.names, raw: byline.raw, lines: [line.lineNo], trailing: false });
      if (byline.keepAsText) out.push({ kind: 'text', text: t, lines: [line.lineNo] });
      continue;
    }
    const lead = items ? readItemLead(t) : undefined;
    if (lead) {
      flush();
      const wrapped = leadContinuation(lead, lines[i + 1]?.text);
      head(line, wrapped?.lead ?? lead.lead, { item: true });
      if (wrapped) run.push({ lineNo: lines[++i]!.lineNo, text: wrapped.rest });
      else if (lead.rest) run.push({ lineNo: line.lineNo, text: lead.rest });
      continue;
    }
    const subhead = stripSubheadMark(t);
    if (subhead !== undefined || ctx.bold.has(line.lineNo) || ctx.articleStarts.has(line.lineNo)) {
      flush();
      head(line, subhead ?? t, { ...(subhead !== undefined ? { marked: true } : {}), ...(ctx.articleStarts.has(line.lineNo) ? { startsArticle: true } : {}) });
      continue;
    }
    // Each `本报讯` piece is measured as its own column.
    if (/^\s*本(报|刊)讯/u.test(t)) flush();
    run.push({ lineNo: line.lineNo, text: line.text });
  }
  flush();
  return out;
}
