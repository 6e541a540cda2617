// Legal company names (…有限公司, …股份有限公司, …集团), with a short name the text introduces
// for them (（简称“…”）). The name starts at its place (江苏…, 中润新能源（徐州）… keeps its
// bracketed place) or, without one, after the last word that cannot be part of a name.
import { COMPANY_FORMS, alternation } from '../../../../src/core/name-forms.ts';
import { isPlaceName, placeAtStart } from '../../../../src/core/place-names.ts';
import { afterParkKind, joinWords, nameStart, spanBefore, type SpanWord } from './name-span.ts';
import { GENERIC_WORDS, isProperNoun } from './word-classes.ts';
import { MAX_COMPANY_PREFIX, MAX_UNPLACED_NAME, MAX_VERBS_IN_NAME, MIN_DISTINCTIVE } from './knobs.ts';

export interface FoundName {
  name: string;
  /** A short name the text introduced for it with （简称“…”）. */
  short?: string;
}

const COMPANY_FORM = new RegExp(alternation(COMPANY_FORMS), 'gu');
const ABBREVIATION = /^[（(]\s*(?:以下)?简称\s*[：:]?\s*[“"「]?([^”"」)）]{2,12}?)[”"」]?\s*[)）]/u;
/** A bare 公司 after these is no name's end: 分公司, 子公司, 上市公司. */
const NOT_A_NAME_BEFORE_GONGSI = /(?:分|子|母|总|该|本|上市|控股|科技|投资|管理|这家|一家)$/u;

/**
 * True when the words say more than what kind of firm it is (管理有限责任公司 says nothing), and
 * with `besidesPlace` more than where it is too (徐州公司 says nothing; 徐州科技 is a name).
 */
export function distinctive(words: readonly SpanWord[], besidesPlace = false): boolean {
  const place = besidesPlace ? placeAtStart(joinWords(words)) : '';
  let skipped = 0;
  const rest = words.filter((w) => {
    if (skipped < place.length) {
      skipped += w.word.length;
      return false;
    }
    return w.cls !== 'bracket' && !GENERIC_WORDS.has(w.word);
  });
  return Array.from(joinWords(rest)).length >= MIN_DISTINCTIVE;
}

/**
 * Where the name starts: see nameStart. Without a place, a name that opens with a firm's own
 * name (思远识别科技, 汇点支付科技: an unknown word jieba cuts into single characters, or a
 * proper noun) may hold a verb or two; the span, which a stop bounds, is taken whole when what
 * follows its last verb says too little, or when that last word is an adjective. A span that opens with a verb (集聚管理…) is not.
 */
function firmNameStart(words: readonly SpanWord[]): { index: number; place: boolean } {
  const start = nameStart(words);
  // An adjective says what the firm makes (湖滨精密部件): unlike a verb, it need not end a sentence
  // before the name, so the span is weighed whole as below.
  const afterAdjective = start.index > 0 && /^a/u.test(words[start.index - 1]!.tag);
  if (start.place || start.index === 0 || (distinctive(words.slice(start.index)) && !afterAdjective)) return start;
  const first = words[0]!;
  const opensWithName = (first.word.length === 1 && /\p{Script=Han}/u.test(first.word)) || isProperNoun(first);
  const verbs = words.filter((w) => w.cls === 'soft').length;
  return opensWithName && verbs <= MAX_VERBS_IN_NAME && joinWords(words).length <= MAX_UNPLACED_NAME ? { index: 0, place: false } : start;
}

/** The name's words before a legal form that ends at `end`, or undefined. */
function nameWords(text: string, end: number, form: string): SpanWord[] | undefined {
  const span = spanBefore(text, end, MAX_COMPANY_PREFIX);
  // After a park (徐州高新区江苏某某), the company starts anew, unless that leaves no name.
  const afterPark = afterParkKind(span);
  const words = afterPark.length < span.length && distinctive(afterPark) ? afterPark : span;
  const start = firmNameStart(words);
  const name = words.slice(start.index);
  if (!distinctive(name)) return undefined;
  // A bare 公司 is a name's end only after a place and a distinctive name (香港科技园公司).
  if (form === '公司' && (!start.place || !distinctive(name, true) || NOT_A_NAME_BEFORE_GONGSI.test(joinWords(name)))) return undefined;
  return name;
}

/** Is every character of the short name in the name, in order (玄微量子 in 安徽玄微量子计算有限公司)? */
function abbreviates(name: string, short: string): boolean {
  let at = 0;
  for (const ch of short) {
    at = name.indexOf(ch, at);
    if (at < 0) return false;
    at += ch.length;
  }
  return true;
}

/**
 * Where a name starts that its short name says begins earlier: the words before the name were cut
 * off as a verb's (杭州衍生元生物科技有限公司（简称“衍生元”）: 衍生 read as `derive`), and the
 * short name is made of the name's own words. The start moves back over the short name's first
 * characters and a place right before them.
 */
function startCoveringShortName(text: string, at: number, end: number, short: string): number {
  if (abbreviates(text.slice(at, end), short)) return at;
  for (let k = Array.from(short).length - 1; k >= 1; k--) {
    const head = Array.from(short).slice(0, k).join('');
    if (text.slice(at - head.length, at) !== head || !abbreviates(text.slice(at - head.length, end), short)) continue;
    const start = at - head.length;
    const place = [3, 2].find((n) => start >= n && isPlaceName(text.slice(start - n, start)));
    return start - (place ?? 0);
  }
  return at;
}

export function findCompanyNames(text: string): FoundName[] {
  const found = new Map<string, FoundName>();
  for (const m of text.matchAll(COMPANY_FORM)) {
    const words = nameWords(text, m.index, m[0]);
    if (!words) continue;
    const abbreviation = ABBREVIATION.exec(text.slice(m.index + m[0].length));
    const short = abbreviation?.[1]?.trim();
    const end = m.index + m[0].length;
    const name = text.slice(short ? startCoveringShortName(text, words[0]!.at, end, short) : words[0]!.at, end);
    found.set(name, { name, ...(short ? { short } : found.get(name)?.short ? { short: found.get(name)!.short! } : {}) });
  }
  return [...found.values()];
}
