// Stage 3, read the page: raw text → the page's lines, with what the page's own furniture says
// about it. A form's field labels are read (field-labels.ts), fake bold is undone, page furniture and web/app chrome are taken out (and counted),
// the chrome after a web article's end is cut, a post's topic tags and collapse link are taken off
// its lines' ends, and sidebars are marked as articles of their own.
import { simplifiedChars } from '../../../src/core/script.ts';
import { endsSentence } from '../char-classes.ts';
import { separateSidebars } from './sidebars.ts';
import { countRepair, type RepairLog } from '../repairs.ts';
import { undoubleBoldLeads } from './bold-leads.ts';
import { readBrowserTitle } from './browser-title.ts';
import { undoubleLine } from './fake-bold.ts';
import { type FurnitureKind, furnitureKind, RULE } from './furniture.ts';
import {
  advertBlocks,
  attachmentLabels,
  boxLabelsOverProse,
  HEADING_NUMBER,
  innerSignatures,
  listedTitles,
  issuerLines,
  navigationBlocks,
  teaserBlocks,
  translationBlocks,
  postLabel,
  runningHeads,
  sectionLabels,
  signatureLines,
  siteNameLines,
  tailStart,
  teaserStart,
} from './furniture-regions.ts';
import { footnoteLines, NOTE_MARK } from './footnotes.ts';
import { type PageFacts, readPageFacts } from './page-facts.ts';
import { readFieldLabel } from './field-labels.ts';
import { type PageLine, toPageLines } from './page-lines.ts';
import { stripPostMarks } from './post-marks.ts';
import { stripTimeCode } from './time-codes.ts';
import { markImageCaptions } from './image-captions.ts';
import { readJump } from './page-jumps.ts';
import { DATELINE_START, NEWS_LEAD } from '../dateline-forms.ts';

export type { PageFacts } from './page-facts.ts';
export type { PageLine } from './page-lines.ts';

export interface PageReading {
  /** The page's article lines, in the OCR's order. */
  lines: PageLine[];
  /** Lines set in fake bold (doubled by the OCR, now undone): headlines and bold leads. */
  bold: Set<number>;
  /** Headings of sidebars: each starts an article of its own. */
  articleStarts: Set<number>;
  facts: PageFacts;
  repairs: RepairLog;
}

export interface ReadOptions {
  /** Headings of sidebars an editor named in the sidecar. */
  sidebars?: readonly string[];
}

const CHROME_KINDS = new Set<FurnitureKind>(['chrome', 'advert', 'placeholder', 'meta', 'tail-marker']);

/** Furniture kind of each line; a saved page's window title, when its headline is printed again. */
function classify(lines: readonly PageLine[]): { kinds: Array<FurnitureKind | undefined>; site?: string; webTitle?: string } {
  const keys = lines.map((l) => simplifiedChars(l.text));
  const kinds = keys.map(furnitureKind);
  const browser = lines[0] ? readBrowserTitle(lines[0].text) : undefined;
  if (!browser) return { kinds };
  const plain = (s: string) => s.replace(/\s/gu, '');
  const printedAgain = lines.slice(1).some((l) => plain(l.text) === plain(browser.title));
  if (printedAgain) kinds[0] = 'chrome';
  else lines[0]!.text = browser.title;
  // The site's name standing alone near the top is its logo.
  lines.forEach((l, i) => {
    if (i > 0 && l.text.trim() === browser.site) kinds[i] = 'masthead';
  });
  return { kinds, site: browser.site, webTitle: browser.title };
}

/** Marks the line right under each printed rule (`━━━━`), which goes with the furniture: a box's border, read by sidebars.ts. */
function markRules(lines: PageLine[]): void {
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (next && RULE.test(line.text.trim())) lines[i + 1] = { ...next, ruleAbove: true };
  });
}

export function readPage(text: string, options: ReadOptions = {}): PageReading {
  const repairs: RepairLog = {};
  const all = toPageLines(text);
  for (const line of all) line.text = readFieldLabel(line.text);
  const bold = new Set<number>();
  for (const line of all) {
    const undone = undoubleLine(line.text);
    if (undone === undefined) continue;
    line.text = undone;
    bold.add(line.lineNo);
  }
  const leads = undoubleBoldLeads(all);
  for (const n of leads.bold) bold.add(n);
  countRepair(repairs, 'fakeBold', bold.size);

  const { kinds, site, webTitle } = classify(leads.lines);
  for (const i of [...boxLabelsOverProse(leads.lines, kinds), ...attachmentLabels(leads.lines, kinds)]) kinds[i] = undefined;
  const tail = Math.min(tailStart(leads.lines, kinds), teaserStart(leads.lines, kinds));
  for (const i of sectionLabels(leads.lines, kinds)) kinds[i] = 'section';
  for (const i of siteNameLines(leads.lines, kinds)) kinds[i] = 'masthead';
  for (const i of runningHeads(leads.lines, kinds)) kinds[i] = 'page-head';
  for (const i of advertBlocks(leads.lines, kinds)) kinds[i] = 'advert';
  // (Read before its lines are marked as furniture below.)
  const contents = listedTitles(leads.lines, kinds);
  for (const i of [...navigationBlocks(leads.lines, kinds), ...teaserBlocks(leads.lines, kinds), ...translationBlocks(leads.lines)]) kinds[i] = 'chrome';
  for (const i of signatureLines(leads.lines.slice(0, tail), kinds)) kinds[i] ??= 'credit';
  for (const i of issuerLines(leads.lines.slice(0, tail), kinds)) kinds[i] ??= 'credit';
  for (const i of innerSignatures(leads.lines.slice(0, tail), kinds)) kinds[i] ??= 'credit';
  const poster = postLabel(leads.lines, kinds);
  if (poster !== undefined) kinds[poster] = 'meta';
  const furniture = leads.lines.flatMap((l, i) => (kinds[i] ? [{ text: l.text, kind: kinds[i]! }] : []));
  const facts = readPageFacts(furniture, site, webTitle, poster === undefined ? undefined : leads.lines[poster]!.text.trim());

  markImageCaptions(leads.lines, kinds);
  markRules(leads.lines);
  const kept: PageLine[] = [];
  const notes = new Set(footnoteLines(leads.lines, kinds));
  leads.lines.forEach((line, i) => {
    if (i >= tail) countRepair(repairs, 'tail');
    else if (kinds[i]) countRepair(repairs, CHROME_KINDS.has(kinds[i]!) ? 'chrome' : 'furniture');
    else if (!notes.has(i)) kept.push({ ...line, text: stripTimeCode(stripPostMarks(line.text)) });
  });
  // The footnotes go after the text, each note a paragraph of its own.
  for (const i of [...notes].sort((a, b) => a - b)) if (i < tail) kept.push({ ...leads.lines[i]!, gapBefore: NOTE_MARK.test(leads.lines[i]!.text.trim()) ? 1 : 0 });
  countRepair(repairs, 'footnotes', notes.size);
  const sidebars = separateSidebars(kept, options.sidebars);
  countRepair(repairs, 'sidebars', sidebars.articleStarts.size);
  const lines = titlesListed(sidebars.lines, contents, sidebars.articleStarts);
  for (const n of headlinesAfterBreaks(leads.lines, kinds, notes)) sidebars.articleStarts.add(n);
  return { lines, bold, articleStarts: sidebars.articleStarts, facts, repairs };
}

/** A headline's shape: a short line ending no sentence (a comma or two allowed: `服务企业，贵在“带着问题去”`). */
const HEADLINE_SHAPE = /^[^。；！？;!?]{4,30}$/u;
/** A page head that names its page by its editor, date or number (`…第三版  园区·产业  责任编辑 某某`). */
const PAGE_HEAD_CREDIT = /第\s*\S{1,3}\s*版/u;
/** A column's label in brackets (`【短评】`). */
const BRACKET_LABEL = /^【\p{Script=Han}{2,4}】$/u;

/**
 * Headlines set right after a break the page marks, inside the page: a new page's head (a paper's
 * page after a form feed) or a column's label (`【短评】`). Text does not run on over such a break
 * unless a jump note says so (`（上接第一版）`): the line numbers of the headlines after them.
 */
function headlinesAfterBreaks(lines: readonly PageLine[], kinds: ReadonlyArray<FurnitureKind | undefined>, notes: ReadonlySet<number>): number[] {
  const out: number[] = [];
  // The last line of text above: a break after a sentence cut short is the text's, running on.
  let above: string | undefined;
  lines.forEach((line, i) => {
    if (kinds[i] === undefined && !notes.has(i)) above = line.text.trim();
    const t0 = line.text.trim();
    const pageBreak = ((kinds[i] === 'page-head' || kinds[i] === 'credit') && PAGE_HEAD_CREDIT.test(t0)) || (kinds[i] === 'section' && BRACKET_LABEL.test(t0));
    if (above === undefined || !pageBreak || !(endsSentence(above) || /[)）]$/u.test(above))) return;
    let j = i + 1;
    while (j < lines.length && kinds[j] !== undefined) j++;
    const [head, next] = [lines[j], lines[j + 1]];
    if (!head || !next || kinds[j + 1] !== undefined || notes.has(j)) return;
    const t = head.text.trim();
    const lead = NEWS_LEAD.test(t.replace(/\s+/gu, '')) || DATELINE_START.test(simplifiedChars(t));
    if (!HEADLINE_SHAPE.test(t) || (t.match(/[，,]/gu) ?? []).length > 1 || lead || HEADING_NUMBER.test(t) || readJump(t) || readJump(next.text.trim())) return;
    out.push(head.lineNo);
  });
  return out;
}

/**
 * A numbered heading the page's contents list names (`【本期要目】` / `● 某某开工` … `一、某某开工`)
 * starts an article, its number left out as the list leaves it: a bulletin's items, numbered like
 * a report's sections, are told apart from them so. (Headings without a number are read as any.)
 */
function titlesListed(lines: readonly PageLine[], titles: ReadonlySet<string>, starts: Set<number>): PageLine[] {
  if (titles.size === 0) return [...lines];
  return lines.map((line) => {
    const bare = line.text.trim().replace(HEADING_NUMBER, '');
    if (bare === line.text.trim() || !titles.has(bare.replace(/\s+/gu, ''))) return line;
    starts.add(line.lineNo);
    return { ...line, text: bare };
  });
}
