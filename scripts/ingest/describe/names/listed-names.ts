// `晖致医药、艾昆玮医药、费森尤斯、雀巢等国际龙头企业`: names listed before 等…企业 are companies,
// when they look like names. Lists of products, services or fields are written the same way
// (驱动芯片、偏光片、模组等配套企业), so an item counts only if it holds a name: Latin letters
// (TCL), a proper noun at its start (华为, 费森尤斯), or an unknown name jieba can only cut into
// single characters (云仟佰, 中矿岩土). Words of the dictionary alone (液冷设备, 测试认证) are not.
import { tagWords, type TaggedWord } from '../../../../src/core/segment-words.ts';
import { COMPANY_FORMS, PARK_KINDS } from '../../../../src/core/name-forms.ts';
import { joinWords, nameStart, spanBefore } from './name-span.ts';
import { classify, GENERIC_WORDS, isProperNoun } from './word-classes.ts';
import type { FoundName } from './company-names.ts';
import { LIST_ITEM_MAX } from './knobs.ts';

// 企业 must end the phrase: in 等企业研发平台 it only describes the platforms.
// A list of fields or ways (海洋装备、海洋信息等领域企业, 从算力补贴、场景开放等方面支持企业) names no company.
const LISTED =
  /((?:[^，。；：、\s“”（）]{2,14}、)+[^，。；：、\s“”（）]{2,14})等(?![^，。；、]{0,4}?(?:领域|行业|产业|方面|环节|赛道|门类|类型|方式|渠道))(?:\d+家|一批|一大批|多家)?[^，。；、]{0,8}?(?:企业|公司)(?!研发|平台|名单|代表|集群|家园|项目)/gu;
/** Facilities, programmes and bodies are listed the same way; they are not companies. */
const FACILITY = /(?:中心|平台|研究院|研究所|站|基地|园区|园|项目|工程|实验室|学院|大学|协会|联盟|部门|产业|行业|领域)$/u;
const ORGANISATION_FORM = new RegExp(`(?:${[...COMPANY_FORMS, ...PARK_KINDS].join('|')})$`, 'u');
/** A dictionary word this long tagged nz is a field's name (集成电路, 激光雷达), not a firm's. */
const TERM_LENGTH = 4;

/** Whether a list item holds a name rather than a product, a service or a field. */
export function looksLikeName(item: string): boolean {
  if (/[A-Z]{2}/u.test(item)) return true;
  const words: TaggedWord[] = tagWords(item);
  const first = words[0];
  if (!first || words.some((w) => classify(w) === 'stop' && w.word.length > 1)) return false;
  if (words.length === 1) return isProperNoun(first) && !(first.tag === 'nz' && first.word.length >= TERM_LENGTH);
  if (isProperNoun(first) && !GENERIC_WORDS.has(first.word)) return true;
  const singles = words.filter((w) => w.word.length === 1 && /\p{Script=Han}/u.test(w.word)).length;
  return singles >= 2;
}

/** A name by its letters or by a proper noun at its start, not only by being cut into single characters. */
function surelyName(item: string): boolean {
  const first = tagWords(item)[0];
  return /[A-Z]{2}/u.test(item) || (first !== undefined && isProperNoun(first) && !GENERIC_WORDS.has(first.word));
}

/** Company names given in a list that the sentence calls 企业 or 公司. */
export function findListedCompanies(text: string): FoundName[] {
  const found = new Map<string, FoundName>();
  for (const m of text.matchAll(LISTED)) {
    const items = m[1]!.split('、');
    // The first item runs on from the words before it (聚集了甲骨文): keep only its name's words.
    const span = spanBefore(text, m.index + items[0]!.length, LIST_ITEM_MAX);
    items[0] = joinWords(span.slice(nameStart(span).index));
    const candidates = items
      .map((s) => s.trim())
      .filter((item) => {
        const length = Array.from(item).length;
        return length >= 2 && length <= LIST_ITEM_MAX && !GENERIC_WORDS.has(item) && !FACILITY.test(item) && !ORGANISATION_FORM.test(item);
      });
    const names = candidates.filter(looksLikeName);
    // A list most of whose items are the dictionary's words lists fields (电池材料、电芯、储能系统):
    // there an item cut into single characters (电/芯) is a term, and only a sure name counts.
    const ofFields = names.length * 2 < candidates.length;
    for (const item of names) if (!ofFields || surelyName(item)) found.set(item, { name: item });
  }
  return [...found.values()];
}
