// Bylines wherever the layout put them: a line of names (`马壮壮 泉轩`), marked lines
// (`▶▶ 胡明慧`, `□首席记者 吴燕翎 通讯员 费婷`, `本报记者 李 秋`, `文/本刊记者 李娜`, `撰文：张伟`,
// `主讲:梁伟(…)`), a post over a speech (`某区管委会主任 郑志远`), names in brackets on a line of
// their own (`（陈 锋）`), names after the last sentence of a piece (`…营商环境。 王昌梅`,
// `…加速度”。（记者 孙晓东 通讯员 高 远）`), and the dateline that opens a piece
// (`本报讯（记者 林 珊）`), whose names are the byline and whose words are not the text.
import { printedForm, simplifiedChars } from '../../../src/core/script.ts';
import { isPlaceName } from '../../../src/core/place-names.ts';
import { DATELINE_MARK_SOURCE } from '../dateline-forms.ts';
import { SURNAMES } from './surnames.ts';
import { rememberByText } from '../../../src/core/remember-by-text.ts';

export interface Byline {
  names: string[];
  /** The whole line as printed, for the report. */
  raw: string;
  /** The line says more than names (a lecturer's post): it is kept as text too. */
  keepAsText?: boolean;
}

const ROLE = '(?:本报|本刊|本台|本网|新华社|人民日报|中新社)?(?:首席|特约|实习|见习|融媒体|全媒体|摄影|驻\\p{Script=Han}{1,3})?(?:记者|通讯员|编辑|撰稿|作者|摄影|摄像|实习生)';
const ROLE_RE = new RegExp(ROLE, 'gu');
const MARKER = /^(?:▶+|►+|□|■|◇|○|(?:文\s*[/／]\s*图|图\s*[/／]\s*文)\s+|文\s*[/／|丨｜]|撰文\s*[:：丨|]|作者\s*[:：丨|]|记者\s*[:：丨|])\s*/u;
const LECTURER = /^(主讲|主讲人|讲述|口述|整理|文|撰文)[:：]\s*(\S.*)$/u;
const COMPILED = new RegExp(`^[(（]\\s*${ROLE}\\s*(\\p{Script=Han}{2,4}?|\\p{Script=Han}(?:\\s\\p{Script=Han}){1,2})\\s*(整理|采写|报道)?[)）]$`, 'u');
/** A photo's credit (`本报记者 蔡 琳 摄`): the photographer's, not the writer's (not `张三 文/摄`). */
const PHOTO_CREDIT = /(?<![文图/／])\s*摄\s*[)）]?$/u;
/** A post, then a name: a speech or report printed under its speaker. A post holds no sentence's marks
 * (`能将提升3倍。”公司副总裁 庞卫` is the end of a quotation, not a speaker's line). */
const POST_NAME = /^([^\s，。；：！？“”"]{2,24}(?:主任|书记|局长|区长|市长|县长|镇长|董事长|总经理|院长|所长|主席|部长|厅长|处长|科长|负责人|会长|秘书长|总裁|教授|研究员))\s+(\p{Script=Han}{2,4})$/u;
/** A name as set in a byline: two to four characters, a two-character name often spaced (李 秋). */
const NAME = '\\p{Script=Han}(?:\\s?\\p{Script=Han}){1,3}';
// Names are set apart by spaces or by an enumeration comma (`记者 张明、李静`).
const NAMES = `(?:${ROLE}\\s*)?${NAME}(?:(?:\\s+|\\s*[、，,]\\s*)(?:${ROLE}\\s*)?${NAME}){0,5}`;
const BRACKETED = new RegExp(`^[(（]\\s*(${NAMES})\\s*[)）]$`, 'u');
const TRAILING_NAMES = new RegExp(`^(.*[。！？”…])\\s*[(（]\\s*(${NAME}(?:\\s+${NAME}){0,5})\\s*[)）]$`, 'u');
const TRAILING_BRACKETED = new RegExp(`^(.*[。！？”…])\\s*[(（]\\s*(${ROLE}\\s*${NAME}(?:\\s+(?:${ROLE}\\s*)?${NAME}){0,5})\\s*[)）]$`, 'u');
/** Names after a dateline: in brackets (`（记者 林 珊）`) or set between spaces (`记者张昊 通讯员程学勇 `). */
const LOOSE_NAMES = `(?:${ROLE}\\s?\\p{Script=Han}{2,3}\\s+)+`;
// …or said to report (`【某某日報訊】記者陳家明報道：`, as Hong Kong papers print it).
const DATELINE = new RegExp(`^\\s*${DATELINE_MARK_SOURCE}\\s*(?:[(（]\\s*(${NAMES})\\s*[)）]|(${LOOSE_NAMES})|(${NAMES})\\s*(?:报道|报导)\\s*[:：])?\\s*`, 'u');

export function looksLikeName(token: string): boolean {
  // Four characters only after a two-character surname (欧阳晓明): after one, a word (相关链接).
  return /^\p{Script=Han}{2,4}$/u.test(token) && (SURNAMES.has(token.slice(0, 2)) || (token.length <= 3 && SURNAMES.has(token[0]!)));
}

/** An outlet its reporters write for, glued to their role (`澎湃新闻记者 赵一鸣`): no name. */
const OUTLET = /^\p{Script=Han}{2,8}(?:日报|晚报|早报|时报|新闻|新闻网|电视台|广播电视台|融媒体中心|客户端|杂志社?|周刊|通讯社)$/u;

/** Splits `李 秋` (a spaced two-character name) and `吴燕翎 通讯员 费婷` into names. */
function splitNames(text: string): string[] {
  // Each role starts a group of its own: `于 海 洋  通讯员 曲 晓` is 于海洋, then 曲晓.
  return text
    .replace(ROLE_RE, '\n')
    .split('\n')
    .flatMap((group) => joinSpacedNames(group.split(/[\s、,，]+/u).filter((t) => t && !OUTLET.test(t))));
}

/**
 * Names set letter-spaced for justification, joined: two or three single characters in a row are
 * one name (李 秋, 于 海 洋), four are two (顾 言 蒋 澄), a longer run is cut where a surname
 * starts; a single character before a two-character token is that name's surname (李 秋平).
 */
function joinSpacedNames(tokens: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < tokens.length; ) {
    let run = 0;
    while (i + run < tokens.length && Array.from(tokens[i + run]!).length === 1) run++;
    if (run === 0) out.push(tokens[i++]!);
    else if (run === 1 && i + 1 < tokens.length && Array.from(tokens[i + 1]!).length === 2) {
      out.push(tokens[i]! + tokens[i + 1]!);
      i += 2;
    } else {
      out.push(...cutRun(tokens.slice(i, i + run)));
      i += run;
    }
  }
  return out;
}

function cutRun(chars: readonly string[]): string[] {
  if (chars.length <= 3) return [chars.join('')];
  if (chars.length === 4) return [chars.slice(0, 2).join(''), chars.slice(2).join('')];
  // Two characters, if a surname follows and what is left is a name; else three.
  const two = SURNAMES.has(chars[2]!) && chars.length - 2 !== 1;
  const k = two ? 2 : 3;
  return [chars.slice(0, k).join(''), ...cutRun(chars.slice(k))];
}

const allNames = (names: string[]) => names.length > 0 && names.every((n) => /^\p{Script=Han}{2,4}$/u.test(n));

function lecturerOrPost(raw: string): Byline | undefined {
  const lecturer = LECTURER.exec(raw);
  if (lecturer) {
    const name = lecturer[2]!.replace(/[(（].*$/u, '').trim();
    if (/^\p{Script=Han}{2,4}$/u.test(name.replace(/\s/gu, ''))) return { names: [name.replace(/\s/gu, '')], raw, keepAsText: name !== lecturer[2]!.trim() };
  }
  const post = POST_NAME.exec(raw);
  if (post && looksLikeName(post[2]!)) return { names: [post[2]!], raw };
  return undefined;
}

/** Where the report was filed from, after the names (`记者 张伟 北京报道`, `記者林宜蓁／新竹報導`). */
const DISPATCH = /(?<=\S)(?:\s*[/／|丨｜]\s*|\s+)(?:\p{Script=Han}{2,6}?)?(?:报道|报导|報導|報道)$/u;
/** What the names wrote and shot, after them: `张三 文/图`, `（本报记者 张三 文/图）`, `本报记者 张三 / 文`. */
const TEXT_AND_PHOTOS = /(?:\s+(?:文\s*[/／]\s*图|图\s*[/／]\s*文|文图)|\s*[/／]\s*[文图])(?=\s*[)）]?$)/u;

/** A photo or design credit printed on the byline's line (`文丨张伟　图丨受访单位`): not a name. */
const OTHER_CREDITS = /\s+(?:图|图片|摄影|视频|设计|编辑|制图)\s*[丨|｜/／:：].*$/u;

const COLON_CREDITS = /^[(（](.*\p{Script=Han}[:：].*)[)）]$/u;
/** Roles that credit the writer (and the photos): `文：张帆`, `文/图：张帆`. */
const WRITER_ROLE = /^(?:文|文字|撰文|文[/／]图|图[/／]文|文图|图文)$/u;
/** Roles that credit the photos: `图：李四`. */
const PHOTO_ROLE = /^(?:图|图片|摄|摄影)$/u;
/** The unit a credited reporter works for, named before them (`滨海高新区融媒体中心 张帆`): no name. */
const isOrganisation = (token: string) => token.length > 4 && /(?:中心|报社|电视台|广播电视台|新闻社|杂志社|传媒|集团|公司|委员会|管委会|办公室|宣传部)$/u.test(token);
/** Credits of those who checked or produced the text, not of those who wrote it. */
const EDITORIAL_ROLES = /^(?:审稿|审核|审校|终审|校对|责编|责任编辑|编辑|监制|统筹|制片|出品)$/u;

/**
 * A bracketed credit with a colon after each role (`（记者：甲 乙  摄像：丙）`, `（撰稿：甲  审稿：乙）`)
 * as the plain form the byline patterns read (`（记者 甲 乙 摄像 丙）`), the editors' credits left
 * out: '' when only editors are credited, undefined when the line is not such a credit.
 */
export function plainCredits(raw: string): string | undefined {
  const inner = COLON_CREDITS.exec(raw)?.[1];
  if (!inner) return undefined;
  const kept: string[] = [];
  let keep = false;
  for (const token of inner.trim().split(/\s+/u)) {
    const role = /^(\p{Script=Han}{1,5}|[文图]\s*[/／]\s*[文图])[:：](.*)$/u.exec(token);
    if (role) {
      keep = !EDITORIAL_ROLES.test(role[1]!);
      // `文：`, `文/图：` credit the writer: as 撰稿 the byline patterns read it.
      const bare = role[1]!.replace(/\s/gu, '');
      const said = WRITER_ROLE.test(bare) ? '撰稿' : PHOTO_ROLE.test(bare) ? '摄影' : bare;
      if (keep) kept.push(said, ...(role[2] && !isOrganisation(role[2]) ? [role[2]] : []));
    } else if (keep && !isOrganisation(token)) kept.push(token);
  }
  return kept.length > 1 ? `（${kept.join(' ')}）` : '';
}

/** A whole line that is a byline, or undefined (each caller gets its own copy to keep). */
export function parseBylineLine(text: string): Byline | undefined {
  const byline = bylineOfLine(text);
  return byline && { ...byline, names: [...byline.names] };
}

/** A box's or an item's mark before a writer's credit (`■ 文／甲  乙`): the credit's, not a name's. */
const CREDIT_MARK = /^[■□◆◇●▌▍]\s*(?=(?:文|作者|撰文|记者|本报记者|記者)\s*[/／丨|:：\s])/u;

const bylineOfLine = rememberByText((text: string): Byline | undefined => {
  const raw = text.trim().replace(CREDIT_MARK, '');
  // Read in Simplified characters (記者 as 记者); the names are given back as printed.
  const simplified = simplifiedChars(raw);
  const byline = parseSimplified(simplified);
  if (!byline || simplified === raw) return byline;
  return { ...byline, names: byline.names.map((n) => printedForm(raw, simplified, n)), raw };
});

/** A dateline's word before the reporters on a line of their own: `本报讯 记者 甲 通讯员 乙 报道`. */
const DATELINE_WORD = /^(?:本报|本刊|本台|本网)讯\s*(?=(?:本报)?(?:记者|通讯员))/u;

function parseSimplified(printed: string): Byline | undefined {
  if (PHOTO_CREDIT.test(printed)) return undefined;
  const raw = printed.replace(DATELINE_WORD, '');
  if (raw !== printed) {
    const byline = parseSimplified(raw);
    return byline && { ...byline, raw: printed };
  }
  // Before the other credits are cut off the line: in brackets, they would take the bracket too.
  const credits = plainCredits(raw);
  if (credits !== undefined) {
    const byline = credits ? parseSimplified(credits) : undefined;
    return byline && { ...byline, raw };
  }
  // One name that wrote and shot the piece (`张三 文/图`) is a byline on its own.
  const shot = TEXT_AND_PHOTOS.test(raw) ? raw.replace(TEXT_AND_PHOTOS, '').trim() : '';
  if (looksLikeName(shot)) return { names: [shot], raw };
  const own = raw.replace(OTHER_CREDITS, '').replace(DISPATCH, '').replace(TEXT_AND_PHOTOS, '');
  if (own !== raw && own.trim() !== '') return parseSimplified(own) && { ...parseSimplified(own)!, raw };
  const compiled = COMPILED.exec(raw);
  if (compiled) return { names: [compiled[1]!.replace(/\s/gu, '')], raw };
  const bracketed = BRACKETED.exec(raw);
  if (bracketed) {
    const names = splitNames(bracketed[1]!);
    // Without a role word every name must read as a personal name (not `（资料图片）`).
    const roled = new RegExp(ROLE, 'u').test(bracketed[1]!);
    if (allNames(names) && (roled ? names.some(looksLikeName) : names.every(looksLikeName))) return { names, raw };
  }
  const special = lecturerOrPost(raw);
  if (special) return special;
  const marked = MARKER.test(raw);
  const body = raw.replace(MARKER, '');
  const hasRole = new RegExp(ROLE, 'u').test(body);
  if (!marked && !hasRole) {
    // Unmarked: 2 to 5 short tokens, the first of which reads as a personal name.
    const tokens = body.split(/\s+/u);
    if (tokens.length < 2 || tokens.length > 5) return undefined;
    if (!tokens.every((t) => /^\p{Script=Han}{2,3}$/u.test(t))) return undefined;
    if (!looksLikeName(tokens[0]!)) return undefined;
    return { names: tokens, raw };
  }
  if (body.length > 40 || /[。！？，]/u.test(body)) return undefined;
  const names = splitNames(body);
  // Some name must read as a person's (`记者手记` is a box's label, not a byline).
  return allNames(names) && names.some(looksLikeName) ? { names, raw } : undefined;
}

const TRAILING = /^(.*[。！？”…])\s*((?:\p{Script=Han}{2,3})(?:\s+\p{Script=Han}{2,3}){0,4})$/u;

/**
 * Names printed after the last sentence of a paragraph, split off: in brackets with a role
 * (`…加速度”。（记者 孙晓东）`), or bare when set apart by a space or several (`…环境。 王昌梅`).
 */
export function splitTrailingByline(text: string): { text: string; byline: Byline } | undefined {
  // Matched in Simplified characters (（記者 陳明）), cut and named as printed.
  const printed = text.trimEnd();
  const simplified = simplifiedChars(printed);
  const found = splitTrailingSimplified(simplified);
  if (!found || simplified === printed) return found;
  const cut = found.text.length;
  return { text: printed.slice(0, cut), byline: { names: found.byline.names.map((n) => printedForm(printed, simplified, n)), raw: printed.slice(cut).trim() } };
}

const SUPPLIED_BY = /^(.*[。！？”…])\s*[(（]\s*[^()（）。，]{2,24}?供\s*稿\s*[)）]$/u;
/** A role in the last bracket broken by a space where its line wrapped (`（通` / `讯员 储 佳）`). */
const SPACED_ROLE = /([(（]\s*(?:本报)?)(通\s*讯\s*员|记\s*者|实\s*习\s*生)(?=[^(（]*[)）]$)/u;

function splitTrailingSimplified(asRead: string): { text: string; byline: Byline } | undefined {
  // Only the byline's bracket changes: the text before it keeps its length.
  const trimmed = asRead.replace(SPACED_ROLE, (_, open: string, role: string) => open + role.replace(/\s+/gu, ''));
  // A unit's credit for the item (`…。（经济发展局供稿）`) closes it as a byline does, naming no one.
  const supplied = SUPPLIED_BY.exec(trimmed);
  if (supplied) return { text: supplied[1]!, byline: { names: [], raw: trimmed.slice(supplied[1]!.length).trim() } };
  const bracketed = TRAILING_BRACKETED.exec(trimmed);
  if (bracketed) return { text: bracketed[1]!, byline: { names: splitNames(bracketed[2]!), raw: trimmed.slice(bracketed[1]!.length).trim() } };
  // Without a role, only personal names in the brackets (`…研发。（周 晴 吴 越）`), not `（试行）`.
  const named = TRAILING_NAMES.exec(trimmed);
  const namedOnly = named ? splitNames(named[2]!) : [];
  if (named && allNames(namedOnly) && namedOnly.every(looksLikeName)) return { text: named[1]!, byline: { names: namedOnly, raw: trimmed.slice(named[1]!.length).trim() } };
  const m = TRAILING.exec(trimmed);
  if (!m) return undefined;
  const names = m[2]!.split(/\s+/u);
  const spaced = /[。！？”…]\s+\p{Script=Han}/u.test(trimmed.slice(m[1]!.length - 1));
  if (!spaced && names.length < 2) return undefined;
  if (!looksLikeName(names[0]!)) return undefined;
  return { text: m[1]!, byline: { names, raw: m[2]! } };
}

/** A Taiwan paper's opening: the reporter and where the report was filed, in brackets (`〔記者王小明／新竹報導〕`). */
// …or with the place set apart by a space, as Hong Kong sites print it (`【記者 何嘉欣 深圳報道】`).
const FILED_FROM = new RegExp(`^\\s*[〔【\\[(（]\\s*(${NAMES})\\s*(?:[/／]\\s*\\p{Script=Han}{2,6}?|\\s\\p{Script=Han}{2,6}?)?(?:报导|报道)\\s*[〕】\\])）]\\s*`, 'u');

/** `本报讯（记者 林 珊） 今年…` → the reporter's names and the text after the dateline. */
export function splitDateline(text: string): { text: string; names: string[]; raw: string } | undefined {
  // Matched in Simplified characters (本報訊 is 本报讯), cut where the printed text stands.
  const simplified = simplifiedChars(text);
  const m = DATELINE.exec(simplified) ?? FILED_FROM.exec(simplified);
  if (!m) return undefined;
  const found = m[1] ?? m[2] ?? m[3];
  // The place a report was filed from, set apart like a name (`記者 何嘉欣 深圳報道`), is no name.
  const names = found
    ? splitNames(found)
        .filter((n) => !isPlaceName(n))
        .map((n) => printedForm(text, simplified, n))
    : [];
  return { text: text.slice(m[0].length), names: allNames(names) ? names : [], raw: text.slice(0, m[0].length).trim() };
}
