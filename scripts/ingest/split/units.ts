// The page's lines, in reading order, into the units articles are made of: headings (lines that
// stand apart as headlines do), paragraphs (wrapped lines joined), bylines, captions, tables,
// bullets and the notes of an article jumping to or from another page. Lines are read by their
// form first (a byline, a jump note, a table row, a short item's lead); the rest is text, joined
// into paragraphs with the lines that stand alone kept as headings.
import { simplifiedChars } from '../../../src/core/script.ts';
import { endsSentence, printedWidth } from '../char-classes.ts';
import { DATELINE_START, NEWS_LEAD } from '../dateline-forms.ts';
import type { PageLine } from '../read-page/page-lines.ts';
import { countRepair, type RepairLog } from '../repairs.ts';
import { parseBylineLine, splitTrailingByline } from '../read-page/bylines.ts';
import { cleanCaption, isBareSourceCredit, isCaptionLine } from '../read-page/captions.ts';
import { liftFloating } from './floating-blocks.ts';
import { UNITS, SPLIT } from './knobs.ts';
import { type ItemLead, leadContinuation, PHOTO_ITEM_MARK, readBullet, readItemLead, readJump, readNumberedLead, readWrappedBracketLead, stripSubheadMark } from './line-forms.ts';
import { RUNS_ON } from './line-evidence.ts';
import { DASH_LEAD } from './headline-roles.ts';
import { ANNOUNCES, COUNTED_FIGURE, joinLines, PARAGRAPH_START, type FlowLine } from './paragraphs.ts';
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
  /** The page holds one article (a saved web page, a post): ▲ lines there are captions. */
  singleArticle?: boolean;
}

/**
 * The short items' leads of a page, when it is a page of short items (two or more leads). A ▲
 * line leads an item on a printed page, a photo's caption on a web page or a post.
 */
function itemLeads(lines: readonly PageLine[], ctx: UnitContext): Map<number, ItemLead> {
  // Marked lines under a line that ends in a colon (`重要内容提示：`) are that list's items.
  let inList = false;
  const leads = lines.flatMap((l, i): Array<[number, ItemLead]> => {
    const next = lines[i + 1]?.text.replace(/\s+/gu, '') ?? '';
    const newsBelow = NEWS_LEAD.test(next) || DATELINE_START.test(simplifiedChars(next));
    const lead = readItemLead(l.text) ?? readWrappedBracketLead(l.text, lines[i + 1]?.text) ?? (newsBelow ? readNumberedLead(l.text) : undefined);
    const listed = inList && lead !== undefined && lead.mark !== '【】';
    inList = /[:：]\s*$/u.test(l.text) || listed || (inList && l.text.trim() === '');
    // On a page of one article, a marked phrase alone on its line (`◆ 新药上市提速`) is a subhead of
    // it; so is one over an interview's question (`◆ 谈选择` / `问：…`): briefs are not asked.
    const subhead = lead?.rest === '' && (ctx.singleArticle || QA_TURN.test(next));
    // A ★ line over a dated lead (`★某某开工` / `3月5日，…`) leads a brief; over anything else it may be a caption.
    const overNews = lead?.rest === '' && newsBelow;
    if (!lead || listed || subhead || parseBylineLine(l.text) || (ctx.singleArticle && PHOTO_ITEM_MARK.test(lead.mark)) || (isCaptionLine(l.text) && !PHOTO_ITEM_MARK.test(lead.mark) && !overNews))
      return [];
    return [[i, lead]];
  });
  return new Map(leads.length >= SPLIT.minItems ? leads : []);
}

/** An interview's turn: the question or the answer (`问：`, `答：`, `记者：`). */
const QA_TURN = /^(?:问|答|记者|主持人)[:：]/u;

/** A reporter's role, which a byline set beside its headline must name. */
const BYLINE_ROLE = /记者|通讯员|特约撰稿|撰稿|作者|文[/／]|記者/u;

/** A numbered section heading's number (`一、`, `（二）`), read here and by assemble.ts. */
export const NUMBERED_HEADING = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）])/u;

/** Captions lifted out of a run of text go back after the paragraph they were printed in. */
function placeCaptions(units: Unit[], captions: readonly Unit[]): Unit[] {
  const out = [...units];
  for (const caption of captions) {
    let at = 0;
    out.forEach((u, k) => {
      if (u.lines[0]! < caption.lines[0]!) at = k + 1;
    });
    out.splice(at, 0, caption);
  }
  return out;
}

/** Joins a run of text lines into paragraphs; a single short line that ends no sentence is a heading. */
function flushText(run: FlowLine[], captions: Unit[], gaps: ReadonlyMap<number, number>, into: Unit[], repairs: RepairLog, apart: ReadonlySet<number>, cut = false, continued = false): void {
  const out: Unit[] = [];
  const paragraphs = joinLines(run, apart, continued);
  for (const p of paragraphs) {
    const text = p.text.trim();
    // Text cut off by a jump to another page is text, however short its last piece.
    const single = p.lineNos.length === 1 && !(cut && p === paragraphs.at(-1));
    // A headline set over two lines joins like text (`关于…情况和` / `…的报告`): no sentence in it.
    const twoLineHead = !(cut && p === paragraphs.at(-1)) && p.lineNos.length === 2 && printedWidth(text) < 2 * UNITS.headingMaxWidth && !/[，。；！？,;!?]|[:：]\S/u.test(text);
    // A numbered section heading (`一、2023年工作回顾`, `（二）重点工作进展`) stands alone too.
    const numbered = single && NUMBERED_HEADING.test(text) && printedWidth(text) < UNITS.numberedHeadingWidth;
    // A line announcing a table or a list (`…见下表：`, `…如下：`) is text.
    const announces = ANNOUNCES.test(text);
    if (((single && printedWidth(text) < UNITS.headingMaxWidth) || twoLineHead) && !endsSentence(text) && !announces && !COUNTED_FIGURE.test(text) && (!PARAGRAPH_START.test(text) || numbered)) {
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
  into.push(...placeCaptions(out, captions));
  run.length = 0;
  captions.length = 0;
}

/**
 * Lines the page sets apart alone (wider gaps above and below than between its other lines) that
 * read as a subhead: short, ending no sentence, after a line that ends one. The text alone would
 * run a full line above into such a line and the line into the paragraph under it; these lines
 * join neither (their line numbers).
 */
export function setApartLines(lines: readonly PageLine[], alone: ReadonlySet<number>): Set<number> {
  const out = new Set<number>();
  for (const i of alone) {
    const t = lines[i]!.text.trim();
    const above = lines[i - 1]?.text.trim();
    if (above === undefined || !endsSentence(above)) continue;
    if (printedWidth(t) >= UNITS.headingMaxWidth || endsSentence(t) || RUNS_ON.test(t) || PARAGRAPH_START.test(t)) continue;
    out.add(lines[i]!.lineNo);
  }
  return out;
}

/** A short line right above a byline is that article's title, not the end of a paragraph. */
function headlineAboveByline(run: FlowLine[]): FlowLine | undefined {
  const last = run.at(-1);
  if (!last || run.length < 2) return undefined;
  const t = last.text.trim();
  if (printedWidth(t) >= UNITS.headlineAboveByline || endsSentence(t) || /[,，、]/u.test(t) || PARAGRAPH_START.test(t)) return undefined;
  return run.pop();
}

/**
 * The short line printed right above a bare photo credit, taken back from the text run or the
 * units it went to: it describes the photo.
 */
function photoDescription(run: FlowLine[], out: Unit[], above: PageLine | undefined): { text: string; lineNo: number } | undefined {
  if (!above) return undefined;
  const t = above.text.trim();
  if (endsSentence(t) || printedWidth(t) > SPLIT.maxPhotoLabelWidth || /[，,、]$/u.test(t)) return undefined;
  if (run.at(-1)?.lineNo === above.lineNo) return { text: run.pop()!.text.trim(), lineNo: above.lineNo };
  const last = out.at(-1);
  if (last?.kind === 'head' && last.lines.length === 1 && last.lines[0] === above.lineNo) {
    out.pop();
    return { text: last.text, lineNo: above.lineNo };
  }
  return undefined;
}

/**
 * Reads the page's lines into units, one line (or one table, one lead with its wrapped end) at a
 * time. Each kind of line has its reader; the first that recognises the line takes it.
 */
class UnitReader {
  readonly out: Unit[] = [];
  private readonly run: FlowLine[] = [];
  private readonly captions: Unit[] = [];
  private readonly items: Map<number, ItemLead>;
  private readonly floating: ReturnType<typeof liftFloating>;
  private readonly tableAt: Map<number, ReturnType<typeof findTables>[number]>;
  private readonly captionAt: Map<number, ReturnType<typeof liftFloating>['captions'][number]>;
  private readonly gaps: Map<number, number>;
  private readonly apart: Set<number>;
  /** The text being read goes on from another page (a jump's `上接` note stands right above it). */
  private continued = false;

  constructor(
    private readonly lines: readonly PageLine[],
    private readonly ctx: UnitContext,
    private readonly repairs: RepairLog,
  ) {
    this.items = itemLeads(lines, ctx);
    this.floating = liftFloating(lines, (i) => this.items.has(i));
    countRepair(repairs, 'pullQuotes', this.floating.pullQuotes);
    this.tableAt = new Map(findTables(lines.map((l) => l.text)).map((t) => [t.from, t]));
    this.captionAt = new Map(this.floating.captions.map((c) => [c.at, c]));
    this.gaps = new Map(lines.map((l) => [l.lineNo, l.gapBefore]));
    this.apart = setApartLines(lines, this.floating.alone);
  }

  read(): Unit[] {
    for (let i = 0; i < this.lines.length; i++) {
      i = this.table(i) ?? this.lifted(i) ?? this.jump(i) ?? this.itemLead(i) ?? this.caption(i) ?? this.byline(i) ?? this.headlineWithByline(i) ?? this.heading(i) ?? this.text(i);
    }
    this.flush();
    return this.out;
  }

  private flush(cut = false): void {
    flushText(this.run, this.captions, this.gaps, this.out, this.repairs, this.apart, cut, this.continued);
    this.continued = false;
  }

  private head(line: PageLine, text: string, extra: Partial<HeadUnit> = {}): void {
    this.out.push({ kind: 'head', text, lines: [line.lineNo], bold: this.ctx.bold.has(line.lineNo), gapBefore: line.gapBefore, ...extra });
  }

  private addCaption(text: string, lines: number[]): void {
    this.captions.push({ kind: 'caption', text: cleanCaption(text), lines });
    countRepair(this.repairs, 'captions');
  }

  private table(i: number): number | undefined {
    const table = this.tableAt.get(i);
    if (!table) return undefined;
    this.flush();
    this.out.push({ kind: 'table', rows: table.rows, lines: this.lines.slice(table.from, table.to + 1).map((l) => l.lineNo) });
    countRepair(this.repairs, 'tables');
    return table.to;
  }

  /** Captions and pull quotes found floating between the lines of the text. */
  private lifted(i: number): number | undefined {
    if (!this.floating.lifted.has(i)) return undefined;
    const caption = this.captionAt.get(i);
    if (caption) this.addCaption(caption.text, caption.lines);
    return i;
  }

  private jump(i: number): number | undefined {
    const line = this.lines[i]!;
    const jump = readJump(line.text);
    if (!jump) return undefined;
    // Text cut off by a jump to another page is text, however short its last piece.
    this.flush(jump.dir === 'out');
    this.out.push({ kind: 'jump', dir: jump.dir, ...(jump.headline ? { headline: jump.headline } : {}), lines: [line.lineNo] });
    // The text after `（上接第1版）` goes on from another page: its first line is no headline.
    this.continued = jump.dir === 'in';
    return i;
  }

  private itemLead(i: number): number | undefined {
    const lead = this.items.get(i);
    if (!lead) return undefined;
    this.flush();
    const wrapped = lead.overTwoLines ? { lead: lead.lead, rest: lead.rest } : leadContinuation(lead, this.lines[i + 1]?.text);
    this.head(this.lines[i]!, wrapped?.lead ?? lead.lead, { item: true });
    const rest = wrapped?.rest ?? lead.rest;
    let at = wrapped ? i + 1 : i;
    // The item's text begun on the lead's line runs on into the next line (`】9` / `月15日，…`).
    const next = this.lines[at + 1];
    // (A rest as wide as a printed line is a line of its own: joined to the next, it would read as one twice as wide.)
    if (rest && next && printedWidth(rest) < UNITS.shortRest && !endsSentence(rest) && !readItemLead(next.text) && !isCaptionLine(next.text)) {
      this.run.push({ lineNo: next.lineNo, text: rest + next.text.trim() });
      at++;
    } else if (rest) this.run.push({ lineNo: this.lines[at]!.lineNo, text: rest });
    return at;
  }

  private caption(i: number): number | undefined {
    const line = this.lines[i]!;
    const t = line.text.trim();
    if (!isCaptionLine(t) && line.caption !== true) return undefined;
    // A description right above a bare `图片来源：…` credit is one caption with it.
    const described = isBareSourceCredit(t) ? photoDescription(this.run, this.out, this.lines[i - 1]) : undefined;
    if (described) this.addCaption(`${described.text}（${cleanCaption(t)}）`, [described.lineNo, line.lineNo]);
    if (described) return i;
    // A caption wrapped over several lines under its photo (image-captions.ts) is one caption.
    let end = i;
    while (this.lines[end + 1]?.captionContinued) end++;
    const wrapped = this.lines.slice(i, end + 1);
    this.addCaption(
      wrapped.map((l) => l.text.trim()).join(''),
      wrapped.map((l) => l.lineNo),
    );
    return end;
  }

  private byline(i: number): number | undefined {
    const line = this.lines[i]!;
    const t = line.text.trim();
    const byline = parseBylineLine(t);
    if (!byline) return undefined;
    if (this.listedUnderLabel(i)) return this.listItem(i);
    const above = headlineAboveByline(this.run);
    this.flush();
    if (above) this.head({ ...line, lineNo: above.lineNo, gapBefore: this.gaps.get(above.lineNo) ?? 0 }, above.text.trim());
    this.out.push({ kind: 'byline', names: byline.names, raw: byline.raw, lines: [line.lineNo], trailing: false });
    if (byline.keepAsText) this.out.push({ kind: 'text', text: t, lines: [line.lineNo] });
    return i;
  }

  /**
   * Posts and names listed under a label that ends in a colon (`发布人：` / `某某局局长 张三` /
   * `某某区主任 李四`) are the label's list, not a byline: a byline names its role (记者, 作者).
   */
  private listedUnderLabel(i: number): boolean {
    if (BYLINE_ROLE.test(this.lines[i]!.text)) return false;
    let j = i - 1;
    while (j >= 0 && !BYLINE_ROLE.test(this.lines[j]!.text) && parseBylineLine(this.lines[j]!.text.trim())) j--;
    return j >= 0 && /[:：]$/u.test(this.lines[j]!.text.trim());
  }

  /** A line of a label's list: run on after the label, or a paragraph of its own (never a heading). */
  private listItem(i: number): number {
    const line = this.lines[i]!;
    if (/[:：]$/u.test(this.run.at(-1)?.text.trim() ?? '')) this.run.push({ lineNo: line.lineNo, text: line.text });
    else {
      this.flush();
      this.out.push({ kind: 'text', text: line.text.trim(), lines: [line.lineNo] });
    }
    return i;
  }

  /** A headline and its reporter set on one line, a wide gap between (`某某开工    本报记者 朱琳`). */
  private headlineWithByline(i: number): number | undefined {
    const line = this.lines[i]!;
    const fields = line.text.trim().split(/\s{2,}|\u3000+/u);
    const last = fields.at(-1)!;
    const headline = fields.slice(0, -1).join('　');
    if (fields.length < 2 || !BYLINE_ROLE.test(last) || endsSentence(headline) || /[，,；;]/u.test(headline)) return undefined;
    const byline = parseBylineLine(last);
    if (!byline) return undefined;
    this.flush();
    this.head(line, headline);
    this.out.push({ kind: 'byline', names: byline.names, raw: byline.raw, lines: [line.lineNo], trailing: false });
    return i;
  }

  /** On a page of one article, a phrase alone on its line after an item's mark (`◆ 新药上市提速`). */
  private markedSubhead(t: string): string | undefined {
    const lead = this.ctx.singleArticle ? readItemLead(t) : undefined;
    return lead?.rest === '' && lead.mark !== '【】' && !PHOTO_ITEM_MARK.test(lead.mark) ? lead.lead : undefined;
  }

  /** A subhead's mark, fake bold, a sidebar's heading, or a heading the columns step found. */
  private heading(i: number): number | undefined {
    const line = this.lines[i]!;
    const t = line.text.trim();
    const subhead = stripSubheadMark(t) ?? this.markedSubhead(t);
    const starts = this.ctx.articleStarts.has(line.lineNo);
    // A dash-led line right under a headline, before any text, is its subtitle (——副题), however wide.
    const subtitle = DASH_LEAD.test(t) && t.replace(DASH_LEAD, '').trim() !== '' && this.run.length === 0 && this.out.at(-1)?.kind === 'head' && !endsSentence(t);
    if (subhead === undefined && !subtitle && !this.ctx.bold.has(line.lineNo) && !starts && line.heading !== true) return undefined;
    // An interview may print its questions in bold (`记者：…` and the lines it wraps onto): text.
    if (subhead === undefined && !starts && this.boldQuestion(i)) return undefined;
    this.flush();
    this.head(line, subhead ?? t, { ...(subhead !== undefined ? { marked: true } : {}), ...(starts ? { startsArticle: true } : {}) });
    return i;
  }

  /** A bold line that asks an interview's question, or wraps one begun on the bold line above. */
  private boldQuestion(i: number): boolean {
    for (let j = i; j >= 0 && this.ctx.bold.has(this.lines[j]!.lineNo); j--) {
      const t = this.lines[j]!.text.trim();
      if (QA_TURN.test(t)) return true;
      if (j < i && endsSentence(t)) return false;
    }
    return false;
  }

  private text(i: number): number {
    const line = this.lines[i]!;
    const t = line.text.trim();
    // Each piece opened by a dateline (`本报讯`, `新华社…电`) is measured as its own column.
    if (DATELINE_START.test(simplifiedChars(t))) this.flush();
    // Names set after a piece's last sentence (`…贡献。 罗一`) close it; a brief's in a list (`▲…。（罗一）`) close only the brief.
    const trailing = readBullet(t) === undefined ? splitTrailingByline(t) : undefined;
    if (!trailing) {
      this.run.push({ lineNo: line.lineNo, text: line.text });
      return i;
    }
    this.run.push({ lineNo: line.lineNo, text: trailing.text });
    this.flush();
    this.out.push({ kind: 'byline', names: trailing.byline.names, raw: trailing.byline.raw, lines: [line.lineNo], trailing: true });
    return i;
  }
}

export function toUnits(lines: readonly PageLine[], ctx: UnitContext, repairs: RepairLog): Unit[] {
  return new UnitReader(lines, ctx, repairs).read();
}
