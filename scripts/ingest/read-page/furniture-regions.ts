// Furniture that shows only in its surroundings: the chrome after an article's end on a saved
// web page (a teaser list, a footer), and the section labels printed in a page's head.
import { countHan, endsSentence, printedWidth } from '../char-classes.ts';
import { simplifiedChars } from '../../../src/core/script.ts';
import { FEED_MARK, fields, type FurnitureKind, NAVIGATION_LABEL, POSTED_AT, RULE } from './furniture.ts';
import { FURNITURE } from './knobs.ts';
import { type PageLine, usualGap } from './page-lines.ts';
import { isBoxLabel } from './sidebars.ts';

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
    else if (kind === undefined && readsAsProse(t)) break;
  }
  return start;
}

/**
 * A line of article text, not a teaser: wider than a teaser and ending a sentence, or a sentence
 * of clauses closed by a full stop (`…表示，…。`) however short: a web page's paragraphs may be
 * one short sentence each, while a teaser is a headline, which ends on no full stop.
 */
function readsAsProse(t: string): boolean {
  if (printedWidth(t) > FURNITURE.maxTeaserWidth && endsSentence(t)) return true;
  // Teasers end on ！ or ？ as often as not (这场招聘会，200多个岗位等你来！); on 。 hardly ever.
  return /。$/u.test(t) && /[，；：]/u.test(t) && countHan(t) >= FURNITURE.minProseHan;
}

/**
 * A box's label that is also a tail's (`相关链接`, `延伸阅读`) over a paragraph of sentences, not
 * over teasers: the label of a box printed after the article (sidebars.ts), not the page's tail.
 * Returns the indexes of such labels.
 */
export function boxLabelsOverProse(lines: readonly PageLine[], kinds: ReadonlyArray<FurnitureKind | undefined>): number[] {
  return lines.flatMap((line, i) => {
    if (kinds[i] !== 'tail-marker' || !isBoxLabel(line.text)) return [];
    let j = i + 1;
    while (j < lines.length && lines[j]!.text.trim() === '') j++;
    const block: string[] = [];
    for (; j < lines.length && kinds[j] === undefined && lines[j]!.text.trim() !== ''; j++) block.push(lines[j]!.text.trim());
    const text = block.join('');
    return block.length >= 2 && /。$/u.test(text) && /[，；]/u.test(text) && countHan(text) >= FURNITURE.minProseHan ? [i] : [];
  });
}

const ATTACHMENT_LABEL = /^附件\s*\d{0,2}\s*[:：]?$/u;
const ATTACHMENT_NAMED = /^附件\s*\d{0,2}\s*[:：]\s*(\S.*)$/u;
const plain = (text: string) => text.replace(/\s+/gu, '');

/**
 * A document's attachment printed after it: `附件` over the title the document named
 * (`附件：2024年重点项目计划表`). Part of the document, not a web page's list of downloads.
 * Returns the indexes of such labels.
 */
export function attachmentLabels(lines: readonly PageLine[], kinds: ReadonlyArray<FurnitureKind | undefined>): number[] {
  const named = new Set<string>();
  return lines.flatMap((line, i) => {
    const title = ATTACHMENT_NAMED.exec(line.text.trim())?.[1];
    if (title) named.add(plain(title));
    if (kinds[i] !== 'tail-marker' || !ATTACHMENT_LABEL.test(line.text.trim())) return [];
    const below = lines
      .slice(i + 1)
      .filter((l) => l.text.trim() !== '')
      .slice(0, 2);
    return below.some((l) => named.has(plain(l.text))) ? [i] : [];
  });
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
    for (const field of fields(line.text)) out.add(field.trim());
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

/** A date alone (`2022年5月20日`), as a document's signature sets it under its issuer. */
const SIGNATURE_DATE = /^(?:19|20)\d{2}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/u;

const indentOf = (text: string) => /^[ \u3000]*/u.exec(text)![0].replace(/\u3000/gu, '  ').length;

/**
 * A document's signature inside the page (its issuer over its date, both set far to the right),
 * before what it attaches (`附件`): the document's end, not a headline. Returns both lines.
 */
export function innerSignatures(lines: readonly PageLine[], kinds: ReadonlyArray<FurnitureKind | undefined>): Set<number> {
  const out = new Set<number>();
  lines.forEach((line, i) => {
    const next = lines[i + 1];
    if (!next || kinds[i] !== undefined || next.gapBefore > 0 || !SIGNATURE_DATE.test(next.text.trim())) return;
    const t = line.text.trim();
    if (indentOf(line.text) < FURNITURE.signatureIndent || indentOf(next.text) < FURNITURE.signatureIndent) return;
    if (printedWidth(t) > FURNITURE.maxLabel * 2 || endsSentence(t)) return;
    out.add(i);
    out.add(i + 1);
  });
  return out;
}

/**
 * A web page's name standing alone at its top, over its menu or breadcrumb (`某某集团有限公司`
 * over `首页  关于我们 …`): the site's logo, not a kicker over the headline. Returns its index.
 */
export function siteNameLines(lines: readonly PageLine[], kinds: ReadonlyArray<FurnitureKind | undefined>): Set<number> {
  const out = new Set<number>();
  const first = lines[0];
  if (!first || kinds[0] !== undefined || kinds[1] !== 'chrome') return out;
  const t = first.text.trim();
  if (printedWidth(t) <= FURNITURE.maxLabel * 2 && !/[，。；：！？,;:!?“”]/u.test(t)) out.add(0);
  return out;
}

/**
 * A post's account or author on a line of its own under the headline (or, in a post without one,
 * at the top) and right above the post's date, time and place (`某某观察` over
 * `2023-05-06 10:12·江苏`): a name of a few characters.
 * Returns its index, if the page has one near its top.
 */
export function postLabel(lines: readonly PageLine[], kinds: ReadonlyArray<FurnitureKind | undefined>): number | undefined {
  for (let i = 0; i + 1 < Math.min(lines.length, FURNITURE.postLabelWithin); i++) {
    const t = lines[i]!.text.trim();
    const next = lines[i + 1]!.text.trim();
    if (kinds[i] !== undefined || !POST_LABEL.test(t) || countHan(t) > FURNITURE.maxPostLabel) continue;
    // The date must say where it was posted (a feed's mark): a short headline over a bare date is
    // a headline. A post without a headline opens with its account (`某某发布` over `… 来自 微博`).
    if (kinds[i + 1] === 'meta' && POSTED_AT.test(next) && (i > 0 || FEED_MARK.test(next))) return i;
  }
  return undefined;
}

const POST_LABEL = /^[\p{Script=Han}A-Za-z0-9·]{2,12}$/u;

/**
 * A report's or a book's running head: a short line the page prints again beside a folio
 * (`— 3 —` or `· 215 ·`, then `某某年度报告`), where a page of the original ended. Its first printing, away from
 * any folio, is left alone (the document's own title). Returns the indexes of the repeats.
 */
export function runningHeads(lines: readonly PageLine[], kinds: ReadonlyArray<FurnitureKind | undefined>): Set<number> {
  // A head printed with its section on the first page (`某某年鉴（2023）    开发园区`) and alone on
  // the next counts as printed twice.
  const seen = new Map<string, number>();
  for (const line of lines) for (const t of new Set([line.text.trim(), ...fields(line.text)])) seen.set(t, (seen.get(t) ?? 0) + 1);
  const out = new Set<number>();
  lines.forEach((line, i) => {
    const t = line.text.trim();
    if (kinds[i] !== undefined || (seen.get(t) ?? 0) < 2 || endsSentence(t) || printedWidth(t) > FURNITURE.maxWidth) return;
    if (kinds[i - 1] === 'folio' || kinds[i + 1] === 'folio') out.add(i);
  });
  return out;
}

const ADVERT_LABEL = /^(?:广告|广告位|Advertisement)$/iu;

/**
 * The lines a label heads, set right under it, up to the next gap wider than the page's usual one:
 * short lines, none a sentence. A printed
 * advert under `广告` (`某某科创园 火热招商中` / `招商热线：…`), an e-paper's headlines under
 * `本版标题导航`. A saved web page's `广告` stands over an empty slot (a blank line) or over the
 * article's next paragraph (a sentence): neither is taken.
 */
/** A list of teasers under its label inside the page (`延伸阅读` / `▸某某再添新厂`), before the article's text goes on. */
const TEASER_LABEL = /^(?:延伸阅读|相关阅读|相关新闻|相关报道|推荐阅读|猜你喜欢|热门推荐|热门|热读|看更多|更多新闻|你可能也喜欢|本版其他稿件|本版其他文章|本期其他文章|其他稿件)[:：]?$/u;

/** Labels of the blocks below: where one block's label stands, the block before it has ended. */
const isBlockLabel = (text: string) => [ADVERT_LABEL, TEASER_LABEL, NAVIGATION_LABEL].some((label) => label.test(simplifiedChars(text)));

function blocksUnder(lines: readonly PageLine[], kinds: ReadonlyArray<FurnitureKind | undefined>, label: RegExp, limits: { lines: number; width: number }): Set<number> {
  const out = new Set<number>();
  // (On a page that sets every paragraph apart by a blank line, a blank line is its usual gap.)
  const usual = usualGap(lines);
  lines.forEach((line, i) => {
    if (kinds[i] === undefined || !label.test(simplifiedChars(line.text.trim()))) return;
    for (let j = i + 1; j < lines.length && j - i <= limits.lines; j++) {
      const t = lines[j]!.text.trim();
      if (t === '' || lines[j]!.gapBefore > usual) break;
      // Other furniture inside the block is passed over; another block's label or a printed rule ends it.
      if (kinds[j] !== undefined && (isBlockLabel(t) || RULE.test(t))) break;
      if (kinds[j] !== undefined) continue;
      if (printedWidth(t) > limits.width || endsSentence(t)) break;
      out.add(j);
    }
  });
  return out;
}

export const advertBlocks = (lines: readonly PageLine[], kinds: ReadonlyArray<FurnitureKind | undefined>) =>
  blocksUnder(lines, kinds, ADVERT_LABEL, { lines: FURNITURE.maxAdvertLines, width: FURNITURE.maxAdvertWidth });

export const teaserBlocks = (lines: readonly PageLine[], kinds: ReadonlyArray<FurnitureKind | undefined>) =>
  blocksUnder(lines, kinds, TEASER_LABEL, { lines: FURNITURE.maxNavigationLines, width: FURNITURE.maxTeaserWidth });

export const navigationBlocks = (lines: readonly PageLine[], kinds: ReadonlyArray<FurnitureKind | undefined>) =>
  blocksUnder(lines, kinds, NAVIGATION_LABEL, { lines: FURNITURE.maxNavigationLines, width: FURNITURE.maxTeaserWidth });

/** A contents entry's mark and page (`● 某某开工`, `· 某某开工  3`): not the title's. */
const ENTRY_MARKS = /^[●○◆◇■□▪•·▶►\-—]+\s*|\s+\d{1,3}$/gu;
/** A heading's number, which a contents list leaves out (`一、`, `（二）`, `3.`). */
export const HEADING_NUMBER = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d{1,2}[.．、](?!\d))\s*/u;

/** The titles a contents list under its label names (`【本期要目】` / `● 某某开工`), letters only. */
export function listedTitles(lines: readonly PageLine[], kinds: ReadonlyArray<FurnitureKind | undefined>): Set<string> {
  return new Set([...navigationBlocks(lines, kinds)].map((i) => plain(lines[i]!.text.trim().replace(ENTRY_MARKS, ''))).filter((t) => countHan(t) >= 4));
}

/** An organisation's name: a body that issues documents (某某局, 某某管委会, 某某办公室). */
const ORGANISATION = /^\S{2,20}(?:局|委|委员会|管委会|办公室|办|政府|中心|厅|部)$/u;

/**
 * A document's issuer printed under its title and again as its signature at the end (`某某局` …
 * `某某局` / `2024年1月15日`): the page's, not a subtitle. Returns the indexes of both.
 */
export function issuerLines(lines: readonly PageLine[], kinds: ReadonlyArray<FurnitureKind | undefined>): Set<number> {
  const out = new Set<number>();
  const texts = lines.map((l) => l.text.trim());
  texts.forEach((t, i) => {
    if (kinds[i] !== undefined || !ORGANISATION.test(t)) return;
    const again = texts.findIndex((u, j) => j > i + 1 && u === t);
    if (again < 0) return;
    // Set right over `关于…` it is the title's first line (`某某局` / `关于…的报告`), as documents break theirs.
    if (!(/^关于/u.test(texts[i + 1] ?? '') && lines[i + 1]!.gapBefore === 0)) out.add(i);
    out.add(again);
  });
  return out;
}

/**
 * The text in another language under its label (`English Summary`, `Versão portuguesa:`): for
 * readers of that language, beside the article, not of it. Returns the label and the lines under
 * it that are in Latin letters.
 */
const TRANSLATION_LABEL = /^(?:English\s+(?:Summary|Abstract|Version)|Summary|Abstract|Versão\s+portuguesa|Version\s+française|英文摘要|英文版|其他语言版本)[:：]?$/iu;
/** A line in Latin letters may hold a name or two in Chinese characters, no more. */
const LATIN_LINE_MAX_HAN = 4;

export function translationBlocks(lines: readonly PageLine[]): Set<number> {
  const out = new Set<number>();
  lines.forEach((line, i) => {
    if (!TRANSLATION_LABEL.test(simplifiedChars(line.text.trim()))) return;
    out.add(i);
    for (let j = i + 1; j < lines.length; j++) {
      const t = lines[j]!.text.trim();
      // Another label (其他语言版本 / Versão portuguesa:) is part of the block too.
      if (TRANSLATION_LABEL.test(simplifiedChars(t))) out.add(j);
      else if (countHan(t) <= LATIN_LINE_MAX_HAN && /[A-Za-z]{2}/u.test(t)) out.add(j);
      else break;
    }
  });
  return out;
}
