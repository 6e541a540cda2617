// A raw page, line by line, into typed blocks in reading order: paragraphs, headings, bylines,
// captions and datelines. Page furniture is dropped here and counted for the report.
import { endsSentence, printedWidth } from '../char-classes.ts';
import { undoubleLine } from '../normalize/fake-bold.ts';
import { parseBylineLine, splitTrailingByline } from './bylines.ts';
import { cleanCaption, isBareSourceCredit, isCaptionByPosition, isCaptionLine } from './captions.ts';
import { parseDateline } from './dateline.ts';
import { findTrailingTeasers, isFurnitureLine } from './furniture.ts';
import { toPageLines, type PageLine } from './lines.ts';
import { joinLines, PARAGRAPH_START, type FlowLine } from './paragraphs.ts';
import { deinterleave, emptyReport, type DeinterleaveReport } from '../columns/deinterleave.ts';
import { separateSidebars } from './sidebars.ts';

export type Block =
  | { kind: 'paragraph'; text: string; lineNos: number[] }
  | { kind: 'heading'; text: string; lineNos: number[]; doubled: boolean; startsArticle?: boolean }
  | { kind: 'byline'; names: string[]; raw: string; lineNo: number; trailing: boolean }
  | { kind: 'caption'; text: string; lineNo: number }
  | { kind: 'dateline'; date: string; raw: string; lineNo: number };

export interface PageReading {
  blocks: Block[];
  /** Counts of what was repaired or removed, for the report. */
  repairs: Record<string, number>;
  /** What the de-interleaver did; undefined parts mean the page had no mixed columns. */
  columns: DeinterleaveReport;
  warnings: string[];
}

const HEADING_MAX_WIDTH = 40;
const HEADLINE_ABOVE_BYLINE = 24;

function median(values: number[]): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

export interface ReadOptions {
  /** Headings of sidebars an editor named (see sidecar.ts). */
  sidebars?: readonly string[];
  /** Put columns read together back in order (default); off only to measure what it does. */
  deinterleave?: boolean;
}

export function readPage(text: string, options: ReadOptions = {}): PageReading {
  const repairs: Record<string, number> = {};
  const count = (key: string, n = 1) => {
    repairs[key] = (repairs[key] ?? 0) + n;
  };

  const all = toPageLines(text);
  const doubled = new Set<number>();
  for (const line of all) {
    const undone = undoubleLine(line.text);
    if (undone !== undefined) {
      line.text = undone;
      doubled.add(line.lineNo);
      count('fake-bold lines undone');
    }
  }
  const teaserStart = findTrailingTeasers(all);
  if (teaserStart < all.length) count('trailing web teasers removed', all.length - teaserStart);
  const sidebars = separateSidebars(all.slice(0, teaserStart), options.sidebars);
  if (sidebars.articleStarts.size > 0) count('sidebars made articles of their own', sidebars.articleStarts.size);
  const columns = options.deinterleave === false ? { lines: sidebars.lines, report: emptyReport() } : deinterleave(sidebars.lines, sidebars.articleStarts);
  const lines: PageLine[] = columns.lines;
  const warnings: string[] = [];
  if (columns.report.mixedLines.length > 0) {
    count('lines with columns read together, put back in reading order', columns.report.mixedLines.length);
    count('printed lines rejoined out of OCR order', columns.report.newJoins.length);
  }
  warnings.push(...columns.report.notes);
  for (const n of columns.report.weakLines) warnings.push(`line ${n} looks like columns read together, but the text gives too little evidence to reorder it: kept in OCR order`);
  const typicalGap = median(lines.map((l) => l.gapBefore));

  const blocks: Block[] = [];
  let buffer: FlowLine[] = [];
  const captions: Array<Extract<Block, { kind: 'caption' }>> = [];

  const flush = () => {
    for (const p of joinLines(buffer)) {
      const single = p.lineNos.length === 1;
      const isDoubled = single && doubled.has(p.lineNos[0]!);
      const width = printedWidth(p.text);
      if (isDoubled || (single && width < HEADING_MAX_WIDTH && !endsSentence(p.text) && !PARAGRAPH_START.test(p.text))) {
        const startsArticle = p.lineNos.some((n) => sidebars.articleStarts.has(n));
        blocks.push({ kind: 'heading', text: p.text.trim(), lineNos: p.lineNos, doubled: isDoubled, ...(startsArticle ? { startsArticle } : {}) });
      } else {
        if (p.lineNos.length > 1) count('wrapped lines joined', p.lineNos.length - 1);
        blocks.push({ kind: 'paragraph', text: p.text.trim(), lineNos: p.lineNos });
      }
    }
    buffer = [];
  };

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const t = line.text.trim();
    if (isFurnitureLine(t)) {
      count('furniture lines removed');
      continue;
    }
    const next = lines[i + 1];
    if (isCaptionLine(t) || isCaptionByPosition(line, next, typicalGap)) {
      // A description directly above a bare `图片来源：…` credit is one caption with it.
      if (next && isBareSourceCredit(next.text) && !isCaptionLine(t)) {
        captions.push({ kind: 'caption', text: `${t}（${cleanCaption(next.text)}）`, lineNo: line.lineNo });
        i++;
      } else captions.push({ kind: 'caption', text: cleanCaption(t), lineNo: line.lineNo });
      count('captions lifted out');
      continue;
    }
    const byline = parseBylineLine(t);
    if (byline) {
      // A short line right above a byline is that article's title, not the end of a paragraph.
      const last = buffer.at(-1);
      if (last && buffer.length > 1 && printedWidth(last.text) < HEADLINE_ABOVE_BYLINE && !endsSentence(last.text) && !/[,，、]/u.test(last.text) && !PARAGRAPH_START.test(last.text)) {
        buffer.pop();
        flush();
        blocks.push({ kind: 'heading', text: last.text.trim(), lineNos: [last.lineNo], doubled: false });
      }
      flush();
      blocks.push({ kind: 'byline', names: byline.names, raw: byline.raw, lineNo: line.lineNo, trailing: false });
      if (byline.keepAsText) blocks.push({ kind: 'paragraph', text: t, lineNos: [line.lineNo] });
      continue;
    }
    const date = parseDateline(t);
    if (date) {
      flush();
      blocks.push({ kind: 'dateline', date, raw: t, lineNo: line.lineNo });
      continue;
    }
    // A sidebar's heading starts an article: nothing before it runs on into it.
    if (sidebars.articleStarts.has(line.lineNo)) {
      flush();
      blocks.push({ kind: 'heading', text: t, lineNos: [line.lineNo], doubled: doubled.has(line.lineNo), startsArticle: true });
      continue;
    }
    // Each `本报讯` piece is measured as its own column.
    if (PARAGRAPH_START.test(t) && /^\s*本(报|刊)讯/u.test(t)) flush();
    // A fake-bold line is a headline set apart from the text around it (so is one the columns
    // step found heading a column).
    if (doubled.has(line.lineNo) || line.heading === true) {
      flush();
      blocks.push({ kind: 'heading', text: t, lineNos: [line.lineNo], doubled: doubled.has(line.lineNo) });
      continue;
    }
    const trailing = splitTrailingByline(t);
    if (trailing) {
      buffer.push({ lineNo: line.lineNo, text: trailing.text });
      flush();
      blocks.push({ kind: 'byline', names: trailing.byline.names, raw: trailing.byline.raw, lineNo: line.lineNo, trailing: true });
      continue;
    }
    buffer.push({ lineNo: line.lineNo, text: line.text });
  }
  flush();
  return { blocks: mergeSplitHeadings(placeCaptions(blocks, captions)), repairs, columns: columns.report, warnings };
}

/** Each caption goes right after the text block it interrupted (or stood after). */
function placeCaptions(blocks: Block[], captions: Array<Extract<Block, { kind: 'caption' }>>): Block[] {
  const lastLine = (b: Block): number => ('lineNos' in b ? Math.max(...b.lineNos) : b.lineNo);
  const firstLine = (b: Block): number => ('lineNos' in b ? Math.min(...b.lineNos) : b.lineNo);
  const out = [...blocks];
  for (const caption of captions) {
    // The block the caption sits inside, or else the last block before it.
    let at = out.findIndex((b) => firstLine(b) < caption.lineNo && lastLine(b) > caption.lineNo);
    if (at < 0) {
      // The nearest block above it on the page (blocks may stand out of page order: sidebars).
      at = -1;
      let nearest = -Infinity;
      out.forEach((b, i) => {
        if (lastLine(b) < caption.lineNo && lastLine(b) >= nearest) {
          nearest = lastLine(b);
          at = i;
        }
      });
    }
    out.splice(at + 1, 0, caption);
  }
  return out;
}

/** `淄博高新区：` on one line and `1-7月经济运行稳中有进` on the next are one headline. */
function mergeSplitHeadings(blocks: Block[]): Block[] {
  const out: Block[] = [];
  for (const block of blocks) {
    const prev = out.at(-1);
    if (block.kind === 'heading' && prev?.kind === 'heading' && /[:：]$/u.test(prev.text)) {
      out[out.length - 1] = { ...prev, text: prev.text + block.text, lineNos: [...prev.lineNos, ...block.lineNos], doubled: prev.doubled || block.doubled };
    } else out.push(block);
  }
  return out;
}
