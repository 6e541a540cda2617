// Names no authority file lists yet, found by their form: legal company names (…有限公司,
// …股份有限公司, …集团), short names introduced by （简称“…”）, and park names by their suffix
// after a place name. The start of a name is found by walking back from its suffix over words
// until one that cannot be part of a name (a preposition, a verb, a time, punctuation).
import { tagWords, type TaggedWord } from '../../../src/lib/segment-words.ts';
import { isPlaceName } from '../../../src/lib/place-names.ts';

const COMPANY_SUFFIX = /股份有限公司|有限责任公司|集团有限公司|有限公司|集团/gu;
const PARK_SUFFIX = /高新技术产业开发区|经济技术开发区|高技术产业开发区|工业园区|智造新城|高新区|经开区|开发区|科技园|产业园|科技城|软件园|工业园/gu;
const ABBREVIATION = /[（(]\s*(?:以下)?简称\s*[“"「]?([^”"」)）]{2,12}?)[”"」]?\s*[)）]/gu;

const WINDOW = 24;
const MAX_COMPANY_PREFIX = 22;
const MAX_PARK_PREFIX = 8;

/** Single characters that end a name when they stand as a word of their own. */
const STOP_CHARS = new Set(Array.from('由在与和及对为是的了将把被从向于等该其这那即如以就也都还又同跟给让使并且或之内外上下里前后个家年月日号说称做至到达入'));
/** Words that end a name: verbs and nouns that introduce companies in news prose. */
const STOP_WORDS = new Set([
  '位于', '落户', '引进', '签约', '成立', '完成', '牵手', '联合', '以及', '其中', '包括', '作为', '通过', '推动', '推进', '表示', '显示',
  '目前', '今年', '去年', '企业', '公司', '项目', '龙头', '负责人', '总经理', '董事长', '上市公司', '子公司', '全资', '投资方', '国内', '全球',
  '国家级', '省级', '市级', '我国', '全国', '首家', '一家', '一批', '这家', '该', '建设', '打造', '支持', '服务', '培育', '引领者',
]);
/** Words tagged as verbs that are ordinary parts of company names. */
const NAME_VERBS = new Set(['控股', '发展', '投资', '建设', '制造', '智造', '开发', '创新', '管理', '服务', '应用', '实业', '科技', '计算', '能源', '领先']);
/** Words that say what a company does; a name needs something besides them (管理有限责任公司 is none). */
const GENERIC_WORDS = new Set([
  '管理', '科技', '发展', '投资', '建设', '实业', '能源', '新能源', '材料', '新材料', '半导体', '设备', '电子', '智能', '技术', '研究院', '产业',
  '资产', '控股', '股份', '集团', '制造', '贸易', '咨询', '服务', '信息', '网络', '医药', '生物', '环保', '工程', '动力', '电池', '光电', '汽车',
]);
const STOP_TAGS = new Set(['v', 't', 'm', 'p', 'c', 'u', 'uj', 'ul', 'd', 'r', 'f', 'q', 'y', 'e', 'o', 'x', 'w', 'ad', 'vd', 'a']);

interface Walk {
  prefix: string;
  /** The name's words, first to last, with their tags. */
  words: TaggedWord[];
}

function isNameWord(t: TaggedWord): boolean {
  if (/^[A-Za-z0-9]+$/u.test(t.word)) return true;
  if (!/^\p{Script=Han}+$/u.test(t.word)) return false;
  if (t.word.length === 1) return !STOP_CHARS.has(t.word);
  if (STOP_WORDS.has(t.word)) return false;
  if (STOP_TAGS.has(t.tag) && !NAME_VERBS.has(t.word)) return false;
  return true;
}

/** Walks back from `end` over words that can belong to a name. */
function walkBack(text: string, end: number, maxLength: number): Walk {
  const start = Math.max(0, end - WINDOW);
  const words = tagWords(text.slice(start, end));
  let prefix = '';
  const kept: TaggedWord[] = [];
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!;
    // A place in brackets inside a name: 中润新能源（徐州）有限公司.
    if ((w.word === '）' || w.word === ')') && i >= 3 && /^[（(]$/u.test(words[i - 2]!.word) && /^\p{Script=Han}{2,4}$/u.test(words[i - 1]!.word)) {
      prefix = `（${words[i - 1]!.word}）${prefix}`;
      kept.unshift({ word: `（${words[i - 1]!.word}）`, tag: 'ns-bracket' });
      i -= 2;
      continue;
    }
    if (!isNameWord(w) || prefix.length + w.word.length > maxLength) break;
    prefix = w.word + prefix;
    kept.unshift(w);
  }
  // A name does not open with a bracket.
  while (kept[0]?.tag === 'ns-bracket') kept.shift();
  return { prefix: kept.map((w) => w.word).join(''), words: kept };
}

/** A place name: jieba says so, or the national list of divisions does (jieba tags 合肥 a noun). */
function isPlace(w: TaggedWord): boolean {
  return w.tag === 'ns' || isPlaceName(w.word);
}

/** True when the words say more than what kind of company it is. */
function distinctive(words: readonly TaggedWord[]): boolean {
  const rest = words.filter((w) => w.tag !== 'ns-bracket' && !GENERIC_WORDS.has(w.word)).map((w) => w.word).join('');
  return Array.from(rest).length >= 2;
}

export interface FoundName {
  name: string;
  /** A short name the text introduced for it with （简称“…”）. */
  short?: string;
}

export function findCompanyNames(text: string): FoundName[] {
  const found = new Map<string, FoundName>();
  for (const m of text.matchAll(COMPANY_SUFFIX)) {
    // 集团 inside a longer suffix (集团有限公司) is matched once, as the longer one.
    const { prefix, words } = walkBack(text, m.index, MAX_COMPANY_PREFIX);
    if (!distinctive(words)) continue;
    const name = prefix + m[0];
    const after = text.slice(m.index + m[0].length);
    const abbreviation = new RegExp(`^${ABBREVIATION.source}`, 'u').exec(after);
    found.set(name, { name, ...(abbreviation ? { short: abbreviation[1]!.trim() } : {}) });
  }
  return [...found.values()];
}

export function findParkNames(text: string): FoundName[] {
  const found = new Map<string, FoundName>();
  for (const m of text.matchAll(PARK_SUFFIX)) {
    const { words } = walkBack(text, m.index, MAX_PARK_PREFIX);
    // Bare 高新区 or 产业园 is a kind of place, not a name: a park's name starts with a place name.
    const from = words.findIndex(isPlace);
    if (from < 0) continue;
    const name = words.slice(from).map((w) => w.word).join('') + m[0];
    found.set(name, { name });
  }
  return [...found.values()];
}

// `晖致医药、艾昆玮医药、费森尤斯、雀巢等国际龙头企业`: names listed before 等…企业 are companies.
// 企业 must end the phrase: in 等企业研发平台 it only describes the platforms.
const LISTED_COMPANIES = /((?:[^，。；：、\s“”（）]{2,14}、)+[^，。；：、\s“”（）]{2,14})等(?:\d+家|一批|一大批|多家)?[^，。；、]{0,8}?(?:企业|公司)(?!研发|平台|名单|代表|集群|家园|项目)/gu;
/** Facilities and programmes are listed the same way; they are not companies. */
const FACILITY = /(中心|平台|研究院|研究所|站|基地|园区|园|项目|工程|实验室|学院|大学)$/u;
const LIST_ITEM_MAX = 10;

/** Company names given in a list that the sentence calls 企业 or 公司. */
export function findListedCompanies(text: string): FoundName[] {
  const found = new Map<string, FoundName>();
  for (const m of text.matchAll(LISTED_COMPANIES)) {
    const items = m[1]!.split('、');
    // The first item runs on from the words before it (聚集了甲骨文): keep only its name's words.
    const firstEnd = m.index + items[0]!.length;
    const { words } = walkBack(text, firstEnd, LIST_ITEM_MAX);
    items[0] = words.map((w) => w.word).join('');
    for (const item of items) {
      const name = item.trim();
      if (Array.from(name).length < 2 || Array.from(name).length > LIST_ITEM_MAX || !/\p{Script=Han}|[A-Z]{2}/u.test(name)) continue;
      if (GENERIC_WORDS.has(name) || STOP_WORDS.has(name) || FACILITY.test(name)) continue;
      found.set(name, { name });
    }
  }
  return [...found.values()];
}
