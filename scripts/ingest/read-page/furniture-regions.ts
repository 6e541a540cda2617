// Furniture that shows only in its surroundings: the chrome after an article's end on a saved
// web page (a teaser list, a footer), and the section labels printed in a page's head.
import { countHan, endsSentence, printedWidth } from '../char-classes.ts';
import type { FurnitureKind } from './furniture.ts';
import { FURNITURE } from './knobs.ts';
import type { PageLine } from './page-lines.ts';

/**
 * Index of the first line of the page's tail, or lines.length. The tail starts at a tail marker
 * (— END —, 往期推荐, 相关新闻, 资料来源：…) after which nothing reads as article text: only short
 * lines (teasers, buttons, dates) and furniture. A marker followed by paragraphs is a box's label.
 */
export function tailStart(lines: readonly PageLine[], kinds: ReadonlyArray<FurnitureKind | undefined>): number {
  let start = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    const t = lines[i]!.text.trim();
    const kind = kinds[i];
    if (kind === 'tail-marker') start = i;
    else if (kind === undefined && printedWidth(t) > FURNITURE.maxTeaserWidth && endsSentence(t)) break;
  }
  return start;
}

const TEASER_END = /(\.\.\.|…{1,2}|⋯)$/u;
const isTeaser = (text: string) => TEASER_END.test(text.trim()) && !/[。！？]$/u.test(text.trim());

/**
 * Where a saved web page's trailing list of link teasers starts (lines cut short with `...`):
 * the earliest line from which, to the end, at least half the lines are teasers or furniture
 * and at least three are teasers. Returns lines.length when there is none.
 */
export function teaserStart(lines: readonly PageLine[], kinds: ReadonlyArray<FurnitureKind | undefined>): number {
  let teasers = 0;
  let junk = 0;
  let start = lines.length;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (isTeaser(lines[i]!.text)) teasers++;
    else if (kinds[i] !== undefined) junk++;
    if (teasers >= 3 && (teasers + junk) / (lines.length - i) >= 0.5 && isTeaser(lines[i]!.text)) start = i;
  }
  return start;
}

/** Strings of a page head's fields (`7　园区传真　2023年9月11日`): a label standing alone repeats one. */
function headFields(lines: readonly PageLine[], kinds: ReadonlyArray<FurnitureKind | undefined>): Set<string> {
  const out = new Set<string>();
  lines.forEach((line, i) => {
    if (kinds[i] !== 'page-head' && kinds[i] !== 'credit' && kinds[i] !== 'masthead' && kinds[i] !== 'section') return;
    for (const field of line.text.split(/\s{2,}|\u3000+/u)) out.add(field.trim());
  });
  return out;
}

const isLabel = (text: string) => countHan(text) >= 2 && countHan(text) <= FURNITURE.maxLabel && !/[，。、；：:！？,.;!?“”"]/u.test(text);

/**
 * Section labels (栏目): a short label that repeats a field of the page head or of a furniture
 * line, or that stands right above its own Latin name (`园区传真` / `YUANQU CHUANZHEN`). Returns
 * the indexes of such lines.
 */
export function sectionLabels(lines: readonly PageLine[], kinds: ReadonlyArray<FurnitureKind | undefined>): Set<number> {
  const fields = headFields(lines, kinds);
  const out = new Set<number>();
  lines.forEach((line, i) => {
    const t = line.text.trim();
    if (kinds[i] !== undefined || !isLabel(t)) return;
    const next = lines[i + 1];
    const latinBelow = next !== undefined && kinds[i + 1] === 'masthead' && /^[A-Z][A-Z\s&'.]+$/u.test(next.text.trim());
    if (fields.has(t) || latinBelow) out.add(i);
  });
  return out;
}

/**
 * The signature block closing an official document: short lines set far to the right (the
 * issuing body, its date) after the text's last sentence. Returns their indexes.
 */
export function signatureLines(lines: readonly PageLine[], kinds: ReadonlyArray<FurnitureKind | undefined>): Set<number> {
  const out = new Set<number>();
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    const indent = /^[ \u3000]*/u.exec(line.text)![0].replace(/\u3000/gu, '  ').length;
    if (kinds[i] !== undefined && kinds[i] !== 'page-head') continue;
    if (indent < FURNITURE.signatureIndent || printedWidth(line.text.trim()) > FURNITURE.maxLabel * 2 || endsSentence(line.text)) break;
    out.add(i);
  }
  return out;
}
