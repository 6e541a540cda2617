// Short news items open with a mark and a lead phrase (■, ◆, ●…), often set in bold: the OCR then
// reads the lead twice, run by run or character by character, and a lead that wraps carries its
// doubling onto the next line (`◆绵绵阳阳…投投` / `用用  10月30日，…`). The lead is undone and set
// apart from the item's text by two spaces, the shape a plain lead has on the page.
import { doubledLeadPrefix, undoubleLine } from './fake-bold.ts';
import type { PageLine } from './page-lines.ts';

export const ITEM_MARK = /^([■◆◇●□◎★☆▶►◼◾▪▲△]+)\s*/u;
const TAIL_PAIRS = /^((?:(\S)\2\s?){1,6})\s{2,}(\S.*)$/u;

export interface BoldLeads {
  lines: PageLine[];
  /** Line numbers whose lead was printed in fake bold. */
  bold: Set<number>;
}

/** The doubled start of a line that finishes a lead begun on the line before (`用用  10月…`). */
function leadTail(text: string): { lead: string; rest: string } | undefined {
  const m = TAIL_PAIRS.exec(text.trim());
  if (!m) return undefined;
  const lead = Array.from(m[1]!.replace(/\s/gu, ''))
    .filter((_, i) => i % 2 === 0)
    .join('');
  return { lead, rest: m[3]! };
}

export function undoubleBoldLeads(input: readonly PageLine[]): BoldLeads {
  const lines = input.map((l) => ({ ...l }));
  const bold = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const mark = ITEM_MARK.exec(line.text.trim());
    if (!mark) continue;
    const rest = line.text.trim().slice(mark[0].length);
    const whole = undoubleLine(rest);
    const doubled = whole !== undefined ? { lead: whole, rest: '' } : doubledLeadPrefix(rest);
    if (!doubled) continue;
    bold.add(line.lineNo);
    const next = lines[i + 1];
    const tail = doubled.rest === '' && next ? leadTail(next.text) : undefined;
    if (tail) {
      line.text = mark[1] + doubled.lead + tail.lead;
      next!.text = tail.rest;
    } else line.text = doubled.rest === '' ? mark[1] + doubled.lead : `${mark[1]}${doubled.lead}  ${doubled.rest}`;
  }
  return { lines, bold };
}
