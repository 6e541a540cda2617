// Park names by their kind (…高新区, …软件园, …合作区): the kind after a place (徐州高新区,
// 中国（绵阳）科技城, 苏南国家自主创新示范区) or after another distinctive name (齐鲁软件园), or an
// industry park named by its industry alone (轴承产业园). The kind on its own (高新区, 园区,
// 国家级高新区, 各类产业园) is a kind of place, not a name. A park inside a park is one name when
// nothing distinctive comes between (某市科技城新区, 某市科技城集成电路产业园) and two when a name
// does (济南高新区齐鲁软件园).
import { COMPANY_FORMS, PARK_KINDS, alternation } from '../../../../src/core/name-forms.ts';
import { isPlaceName, placeAtStart } from '../../../../src/core/place-names.ts';
import { afterParkKind, isProperNoun, joinWords, nameStart, spanBefore, type SpanWord } from './name-span.ts';
import type { FoundName } from './company-names.ts';
import { MAX_INDUSTRY_WORDS, MAX_OWN_CHARS_BEFORE_PLACE, MAX_PARK_PREFIX, MAX_REGION_PREFIX } from './knobs.ts';

const PARK_KIND = new RegExp(alternation(PARK_KINDS), 'gu');
/** A kind followed by a legal form names a company (某某科技园公司), not the park. */
const COMPANY_AFTER = new RegExp(`^(?:${alternation(COMPANY_FORMS)}|管理有限|发展有限|投资有限|股份)`, 'u');
/** Kinds that a park can be named by its industry alone: 轴承产业园, 先进计算产业园. */
const INDUSTRY_KINDS = new Set(['产业园', '产业园区']);
/** Words that say what sort of park, not which: 特色产业园, 专业园区. */
const MODIFIERS = new Set([
  '特色',
  '专业',
  '现代',
  '新兴',
  '重点',
  '示范',
  '综合',
  '配套',
  '相关',
  '周边',
  '主题',
  '标准',
  '标准化',
  '智慧',
  '数字',
  '绿色',
  '生态',
  '低碳',
  '新型',
  '高端',
  '优势',
  '主导',
  '战略性',
  '未来',
  '传统',
  '县域',
  '城市',
  '乡村',
  '农业',
  '国家',
  '省级',
  '市级',
  '区级',
  '国际',
]);
/** A pair runs on before the first word (细胞与基因治疗产业园): the name is longer than the span. */
const JOINED_BEFORE = /[与和及]$/u;
const KIND_BEFORE_JOIN = new RegExp(`(?:${alternation(PARK_KINDS)})[与和及]$`, 'u');

/**
 * Kinds so loose (园区: any park area) or so often a slogan (产城融合示范区) that only a place or
 * a proper noun makes them a name.
 */
const LOOSE_KINDS = new Set(['园区', '新区', '新城', '示范区', '试验区', '实验区', '合作区', '创新示范区', '生态城']);

/** Valleys that each name one place (光谷, 声谷, 车谷, 算谷); 智谷 is a word many parks use. */
const VALLEY_BEFORE = /[光声车算]谷$/u;
/** A region before the kind, with the city it lies in bracketed at most: 西部科学城, 西部（某市）科学城. */
const REGION_BEFORE = /(?:^|[^\p{Script=Han}])[东西南北中]部(?:[（(]\p{Script=Han}{2,6}[)）])?$/u;
/** A count before a park named by its industry makes it a description (一处在建的某某产业园): not a name. */
const COUNTED_BEFORE = /(?:[一两几多每某这那]|\d+)[个处座家批](?:[^，。；！？,;!?]{0,8})$/u;

/** A name jieba does not know, cut into single characters (云创 → 云/创). */
function unknownName(words: readonly SpanWord[]): boolean {
  return words.length >= 2 && words[0]!.word.length === 1 && words[1]!.word.length === 1;
}

interface Occurrence {
  at: number;
  end: number;
  name: string;
}

function industryName(words: readonly SpanWord[], kind: string): boolean {
  if (!INDUSTRY_KINDS.has(kind) || words.length === 0 || words.length > MAX_INDUSTRY_WORDS) return false;
  // (Nouns, and their abbreviations: 光电, 光伏.)
  if (words.some((w) => w.cls !== 'name' || MODIFIERS.has(w.word) || !/^[nj]/u.test(w.tag))) return false;
  return joinWords(words).length >= 2;
}

/**
 * The industry a park inside another is named by (光电, 先进陶瓷, 药谷, 软件): common nouns or their
 * abbreviations, an adjective before them at most; a place or a proper noun between the two parks
 * (天鹅湖, 齐鲁) is a name of its own, and so two parks.
 */
function innerIndustry(words: readonly SpanWord[]): boolean {
  if (words.length === 0 || words.length > MAX_INDUSTRY_WORDS || joinWords(words).length < 2) return false;
  if (words.every((w) => MODIFIERS.has(w.word))) return false;
  return words.every((w, i) => (w.cls === 'name' && /^(?:n|nz|ng|j)$/u.test(w.tag) && !isProperNoun(w)) || (i === 0 && words.length > 1 && /^a/u.test(w.tag)));
}

/** Where the park name ending in `kind` at `kindAt` starts, or undefined when there is none. */
function parkStart(text: string, kindAt: number, kind: string, before: readonly Occurrence[]): number | undefined {
  // A valley before the kind is the park's name (光谷生物城, 光谷软件园): 光谷, 声谷 name one place each.
  const valley = VALLEY_BEFORE.exec(text.slice(Math.max(0, kindAt - 2), kindAt));
  if (valley && !LOOSE_KINDS.has(kind)) return parkStart(text, kindAt - 2, valley[0], before) ?? kindAt - 2;
  // A region alone before the kind, at a phrase's start, names the park (南部科学园区, 西部科学城);
  // jieba tags the region a position word, which ends a name.
  const region = REGION_BEFORE.exec(text.slice(Math.max(0, kindAt - MAX_REGION_PREFIX), kindAt));
  if (region && !LOOSE_KINDS.has(kind) && !INDUSTRY_KINDS.has(kind)) return kindAt - region[0].replace(/^[^\p{Script=Han}]/u, '').length;
  const span = spanBefore(text, kindAt, MAX_PARK_PREFIX);
  const words = afterParkKind(span);
  const outer = before.find((o) => o.end === (words[0]?.at ?? kindAt));
  // Right after another park, with only its industry between: one name (某市科技城新区, 某某开发区光电产业园).
  if (outer && (words.length === 0 || industryName(words, kind) || innerIndustry(words))) return outer.at;
  const start = nameStart(words, true);
  const name = words.slice(start.index);
  if (name.length === 0) return undefined;
  // A place and 园区 alone are that place's parks (某市园区企业联合会), not one park's name.
  if (kind === '园区' && isPlaceName(joinWords(name))) return undefined;
  // A place after a name's own characters counts as one opening it (中新天津生态城: 中/新, a name
  // jieba cut into characters); after a word (数智贵州看园区) it is a phrase's.
  const firstPlace = name.findIndex((w) => isPlaceName(w.word));
  const ownChars = firstPlace > 0 && firstPlace <= MAX_OWN_CHARS_BEFORE_PLACE && name.slice(0, firstPlace).every((w) => w.word.length === 1);
  const placed = start.place || (ownChars && name.slice(firstPlace + 1).every((w) => !/^v/u.test(w.tag)));
  // (jieba tags some modifiers as names: 智慧 as a person's. A modifier alone names no park: 智慧园区.)
  const proper = isProperNoun(name[0]!) && !(name.length === 1 && MODIFIERS.has(name[0]!.word));
  if (placed || proper || /^[A-Za-z]/u.test(name[0]!.word)) return name[0]!.at;
  if (!LOOSE_KINDS.has(kind) && unknownName(name)) return name[0]!.at;
  const preceding = text.slice(0, name[0]!.at);
  // An industry name runs from a stop: after a verb or an adjective (新型…) it may be longer.
  if (start.index > 0 || !industryName(name, kind) || COUNTED_BEFORE.test(preceding)) return undefined;
  // …and two parks joined (轴承产业园和装备产业园) are two names.
  if (!JOINED_BEFORE.test(preceding) || KIND_BEFORE_JOIN.test(preceding)) return name[0]!.at;
  return undefined;
}

export function findParkNames(text: string): FoundName[] {
  const occurrences: Occurrence[] = [];
  for (const m of text.matchAll(PARK_KIND)) {
    const end = m.index + m[0].length;
    if (COMPANY_AFTER.test(text.slice(end))) continue;
    const at = parkStart(text, m.index, m[0], occurrences);
    if (at === undefined) continue;
    const name = text.slice(at, end);
    // A division that is called 新区 (浦东新区, 上海浦东新区) is a place, not a park.
    if (isPlaceName(name) || isPlaceName(name.slice(placeAtStart(name).length))) continue;
    // A longer name that holds an earlier one replaces it.
    const inner = occurrences.findIndex((o) => o.at === at);
    if (inner >= 0) occurrences.splice(inner, 1);
    occurrences.push({ at, end, name });
  }
  return [...new Set(occurrences.map((o) => o.name))].map((name) => ({ name }));
}
