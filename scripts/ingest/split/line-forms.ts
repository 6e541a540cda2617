// What a single line is by its form alone: a page-jump note, a table row, a short item's lead,
// a bullet. Context (position, neighbours) is weighed later; these tests only read the line.
import { countHan, printedWidth } from '../char-classes.ts';
export { type Jump, readJump } from '../read-page/page-jumps.ts';
import { SPLIT } from './knobs.ts';

/** Marks that lead a short news item or a bullet. ▲ also marks a photo's caption (see units.ts). */
export const ITEM_MARK = /^([■◆◇●□◎★☆▶►◼◾▪◉▲△]+)\s*/u;
/** Marks that also lead a photo's caption. */
export const PHOTO_ITEM_MARK = /^[▲△]/u;
/** Lead phrases printed in brackets: `【湖畔新城开工】3月1日，…`. */
const BRACKET_LEAD = /^【([^】]{2,40})】\s*(.*)$/u;
const LEAD_SEPARATOR = /\s{2,}|\u3000+/u;
const COUNTED_LEAD = /^[【[](\d{1,2})[】\]]\s*(\S.*)$/u;
const STOPPED_LEAD = /^([^，。；！？、,;!?]{4,30})。\s*((?:\d{1,2}月\d{1,2}日|近日|日前|本报讯)\S.*)$/u;

export interface ItemLead {
  mark: string;
  lead: string;
  /** The item's text begun on the lead's line, or ''. */
  rest: string;
  /** The lead ends on the next line, and `rest` is what follows it there. */
  overTwoLines?: boolean;
}

const isPhrase = (text: string, maxWidth: number = SPLIT.maxLeadWidth) => printedWidth(text) <= maxWidth && !/[，。；！？、,;!?]/u.test(text) && /\p{Script=Han}{2}/u.test(text);

/** A short item's lead: a mark and a phrase, alone on its line or set apart from the text. */
export function readItemLead(text: string): ItemLead | undefined {
  const t = text.trim();
  const bracket = BRACKET_LEAD.exec(t);
  // A topic of a few characters (`【概况】`, `【招商引资】`, as a yearbook or a report runs them into
  // their paragraphs) heads a paragraph; an item's lead says what happened (`【湖畔新城开工】`).
  if (bracket && isPhrase(bracket[1]!, SPLIT.maxBracketLeadWidth) && countHan(bracket[1]!) > SPLIT.maxRunInTopic) return { mark: '【】', lead: bracket[1]!.trim(), rest: bracket[2]!.trim() };
  // A script's or a list's numbered item (`【1】某某开工`): the number in brackets is its mark.
  const counted = COUNTED_LEAD.exec(t);
  if (counted && isPhrase(counted[2]!, SPLIT.maxBracketLeadWidth)) return { mark: `【${counted[1]}】`, lead: counted[2]!.trim(), rest: '' };
  const mark = ITEM_MARK.exec(t);
  if (!mark) return undefined;
  const body = t.slice(mark[0].length);
  // A lead closed by a full stop, the item's dated text run on after it (`●某某再添新项目。3月6日，…`).
  const stopped = STOPPED_LEAD.exec(body);
  if (stopped && isPhrase(stopped[1]!)) return { mark: mark[1]!, lead: stopped[1]!.trim(), rest: stopped[2]!.trim() };
  const [lead, ...rest] = body.split(LEAD_SEPARATOR);
  if (!lead || !isPhrase(lead)) return undefined;
  return { mark: mark[1]!, lead: lead.trim(), rest: rest.join(' ').trim() };
}

/** A numbered item's headline alone on its line (`1.某某开工`, `2、某某获批`), not a decimal. */
const NUMBERED_LEAD = /^(\d{1,2})[.．、](?![\d.．])\s*(\S.*)$/u;

/**
 * A numbered headline (`1.某某集成电路设计业营收增长23%`). A report numbers its points the same
 * way: units.ts takes such a line as an item's lead only over a news lead (`8月20日，…`).
 */
export function readNumberedLead(text: string): ItemLead | undefined {
  const m = NUMBERED_LEAD.exec(text.trim());
  return m && isPhrase(m[2]!) ? { mark: `${m[1]}.`, lead: m[2]!.trim(), rest: '' } : undefined;
}

const OPEN_BRACKET = /^【([^】]{2,40})$/u;
const BRACKET_CLOSE = /^([^】\s]{1,16})】\s*(.*)$/u;

/** A bracketed lead wrapped onto the next line (`【某某零部件出口额同比增长` / `31%】  今年前7个月，…`). */
export function readWrappedBracketLead(text: string, next: string | undefined): ItemLead | undefined {
  const open = OPEN_BRACKET.exec(text.trim());
  const close = next === undefined ? null : BRACKET_CLOSE.exec(next.trim());
  if (!open || !close) return undefined;
  const lead = open[1]!.trim() + close[1]!;
  if (!isPhrase(lead, SPLIT.maxBracketLeadWidth) || countHan(lead) <= SPLIT.maxRunInTopic) return undefined;
  return { mark: '【】', lead, rest: close[2]!.trim(), overTwoLines: true };
}

const LEAD_TAIL = /^([^\s，。；！？、,;!?]{1,12})(?:\s{2,}|\u3000+)(\S.*)$/u;

/**
 * A lead that wrapped: the item's line holds only mark and phrase, and the next line starts with
 * the phrase's last characters set apart from the text (`■…工业设计中` / `心  近日，…`).
 */
export function leadContinuation(lead: ItemLead, next: string | undefined): { lead: string; rest: string } | undefined {
  if (lead.rest !== '' || next === undefined) return undefined;
  const m = LEAD_TAIL.exec(next.trim());
  return m ? { lead: lead.lead + m[1]!, rest: m[2]! } : undefined;
}

/** A bullet: a mark before a sentence (a list item inside an article, not an item of its own). */
export function readBullet(text: string): string | undefined {
  const m = ITEM_MARK.exec(text.trim());
  return m ? text.trim().slice(m[0].length) : undefined;
}

/** Marks that set a subhead inside an article apart (`▌ 集群成势`). */
const SUBHEAD_MARK = /^[▌▍▎▋█|｜]\s*/u;

export function stripSubheadMark(text: string): string | undefined {
  const m = SUBHEAD_MARK.exec(text.trim());
  return m ? text.trim().slice(m[0].length) : undefined;
}

/** Cells of a table row as the OCR spells it out: three or more runs set apart by wide gaps. */
export function tableCells(text: string): string[] | undefined {
  // Cells set apart by wide gaps, or by rules the OCR read as bars (`│`, `|`).
  const cells = text
    .trim()
    .split(/\s*[│┃|｜]\s*|\s{2,}|\u3000{1,}/u)
    .filter(Boolean);
  if (cells.length < SPLIT.minTableCells) return undefined;
  // Cells are short; a sentence split by a wide gap is not a row.
  if (cells.some((c) => printedWidth(c) > SPLIT.maxCellWidth || /[。；]$/u.test(c))) return undefined;
  return cells;
}
