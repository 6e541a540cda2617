// The lines printed above an article's text, each given its role: section label (栏目), series
// line, kicker (引题), title (主题, one or two lines) and subtitle (副题). Every reading allowed by
// the order newspapers print them in is scored as a whole (a little like GROBID labelling a
// document's header): each line's evidence for each role (fake bold, a leading dash, a colon, a
// comma, a series number, the web page's window title…) plus what the reading says as a whole
// (a title set over two lines must run on). The best reading wins; ties go to the plain
// newspaper reading, kicker over title.
import { countHan } from '../char-classes.ts';
import { tagWords } from '../../../src/core/segment-words.ts';
import { ROLE_WEIGHTS as W } from './knobs.ts';

export type Role = 'section' | 'series' | 'kicker' | 'title' | 'subtitle';

export interface HeadLine {
  text: string;
  /** Printed in fake bold. */
  bold: boolean;
  /** The headline a saved web page's window title gives. */
  webTitle?: boolean;
}

/** `…新图景②`, `…课堂教学回放·第九讲`, `…工作会议材料之一`: a numbered series or column; a series' banner in brackets (`【高质量发展调研行】`). */
const SERIES =
  /([①-⑳]|[（(]\d{1,2}[)）]|[·•]\s*第[一二三四五六七八九十百\d]+[讲期篇章集]|之[一二三四五六七八九十]|第[一二三四五六七八九十\d]+[期篇]|材料[（(][一二三四五六七八九十]{1,3}[)）])$|^【[^】]{2,16}】$/u;
/** A series' banner in brackets on a line of its own. */
export const SERIES_BANNER = /^【[^】]{2,16}】$/u;
/** A subtitle's leading dash (——副题). */
export const DASH_LEAD = /^(——|—|－－|--|─)/u;
const SUBTITLE_WORDS = /(解析|纪实|侧记|综述|调查|访谈|札记|述评|巡礼|掠影|观察|扫描|速写|素描|一瞥|见闻)$/u;
const SUBJECT_COLON = /^\S{2,12}[:：]\S/u;
const COMMA = /[，,、；;]/u;
const RUNS_ON = /[和与及的在对为把从向于、，,—]$/u;
/** …or the second line opens on a conjunction (`…工作总结` / `及2024年工作计划`, `…大会` / `暨…`). */
const RUNS_INTO = /^[及和与暨并]/u;
/** An official document's title: `关于…` over `…的报告` (通知、意见、决定…). */
const DOCUMENT_TITLE = /关于.*的(?:报告|通知|意见|决定|请示|批复|函|说明|办法|方案|规定|公告|通报|决议)$/u;
/** A section label (栏目: 园区传真, 封面故事) names; a phrase opening on a verb (`聚焦石墨烯新材料`) is a kicker. */
const IS_LABEL = (t: string) => countHan(t) <= 8 && !/[，。、；：:！？,.;!?“”"《》]/u.test(t) && !(countHan(t) > 4 && tagWords(t)[0]?.tag === 'v');

function roleScore(line: HeadLine, role: Role, anyBold: boolean): number {
  const t = line.text.trim();
  const dash = DASH_LEAD.test(t);
  switch (role) {
    case 'series':
      return SERIES.test(t) ? W.series : -W.notSeries;
    case 'section':
      return (IS_LABEL(t) ? W.sectionLabel : -W.notLabel) - (line.bold ? W.boldElsewhere : 0);
    case 'title':
      return (
        (line.bold ? W.bold : 0) +
        (line.webTitle ? W.webTitle : 0) +
        (SUBJECT_COLON.test(t) ? W.subjectColon : 0) -
        (dash ? W.dashLead : 0) -
        (COMMA.test(t) ? W.commaInTitle : 0) -
        (countHan(t) < 5 ? W.shortTitle : 0) -
        (/[:：]$/u.test(t) ? W.colonEnd : 0)
      );
    case 'kicker':
      return (COMMA.test(t) ? W.commaInKicker : 0) - (dash ? W.dashLead : 0) - (line.bold && anyBold ? W.boldElsewhere : 0) - (SERIES.test(t) ? W.series : 0);
    case 'subtitle':
      return (dash ? W.dashLead : 0) + (SUBTITLE_WORDS.test(t) ? W.subtitleWords : 0) - (line.bold ? W.boldElsewhere : 0) - (SERIES.test(t) ? W.series : 0);
  }
}

/** Every role sequence allowed: section* series? kicker? title{1,2} subtitle{0,2}. */
function readings(n: number): Role[][] {
  const out: Role[][] = [];
  for (let t = 0; t < n; t++) {
    for (let len = 1; len <= 2 && t + len <= n; len++) {
      const after = n - t - len;
      if (after > 2) continue;
      for (const before of beforeTitle(t)) out.push([...before, ...Array<Role>(len).fill('title'), ...Array<Role>(after).fill('subtitle')]);
    }
  }
  return out;
}

/** The lines before the title: section labels, then perhaps a series line, then perhaps a kicker. */
function beforeTitle(k: number): Role[][] {
  const out: Role[][] = [];
  for (const series of [false, true]) {
    for (const kicker of [false, true]) {
      const named = (series ? 1 : 0) + (kicker ? 1 : 0);
      if (named > k) continue;
      out.push([...Array<Role>(k - named).fill('section'), ...(series ? (['series'] as Role[]) : []), ...(kicker ? (['kicker'] as Role[]) : [])]);
    }
  }
  return out;
}

function readingScore(lines: readonly HeadLine[], roles: readonly Role[]): number {
  const anyBold = lines.some((l) => l.bold);
  let score = roles.reduce((sum, role, i) => sum + roleScore(lines[i]!, role, anyBold), 0);
  const titleAt = roles.indexOf('title');
  if (roles[titleAt + 1] === 'title') {
    // A title over two lines: the first runs on into the second, set alike.
    const first = lines[titleAt]!;
    const second = lines[titleAt + 1]!;
    const runsOn = RUNS_ON.test(first.text.trim()) || RUNS_INTO.test(second.text.trim()) || DOCUMENT_TITLE.test(first.text.trim() + second.text.trim());
    score += runsOn && first.bold === second.bold ? W.titleRunsOn : -W.titleSplit;
  }
  if (roles.includes('kicker')) score += W.kickerFirst;
  return score;
}

/** Each line's role in the headline block. */
export function assignRoles(lines: readonly HeadLine[]): Role[] {
  let best: Role[] = [];
  let bestScore = -Infinity;
  for (const roles of readings(lines.length)) {
    const score = readingScore(lines, roles);
    if (score > bestScore + 1e-9) {
      best = roles;
      bestScore = score;
    }
  }
  return best;
}

export interface TitleParts {
  series?: string;
  kicker?: string;
  title?: string;
  subtitle?: string;
  /** Section labels printed over the headline (栏目). */
  sections?: string[];
}

/**
 * `淄博高新区：` over `1-7月经济运行稳中有进` is one headline: a line ending in a colon runs on, and so
 * does one ending in a comma (`“中试”这一环，` / `园区要主动补上`): no kicker ends mid-sentence.
 */
export const runsOnIntoNext = (text: string): boolean => /[:：，,]$/u.test(text.trim());

export function mergeRunOnLines(lines: readonly HeadLine[]): HeadLine[] {
  const out: HeadLine[] = [];
  for (const line of lines) {
    const prev = out.at(-1);
    if (prev && runsOnIntoNext(prev.text)) out[out.length - 1] = { ...prev, text: prev.text.trim() + line.text.trim(), bold: prev.bold || line.bold };
    else out.push(line);
  }
  return out;
}

/** The block's lines put in their fields (a two-line title joined, a subtitle's dash dropped). */
export function readHeadlines(printed: readonly HeadLine[]): TitleParts {
  const lines = mergeRunOnLines(printed);
  const roles = assignRoles(lines);
  const pick = (role: Role) => lines.filter((_, i) => roles[i] === role).map((l) => l.text.trim());
  const parts: TitleParts = {};
  const [series] = pick('series');
  const [kicker] = pick('kicker');
  const title = pick('title').join('');
  const subtitle = pick('subtitle')
    .map((s) => s.replace(DASH_LEAD, '').trim())
    .join('　');
  const sections = pick('section');
  if (series) parts.series = series.replace(/^【(.*)】$/u, '$1');
  if (kicker) parts.kicker = kicker;
  if (title) parts.title = title;
  if (subtitle) parts.subtitle = subtitle;
  if (sections.length > 0) parts.sections = sections;
  return parts;
}
