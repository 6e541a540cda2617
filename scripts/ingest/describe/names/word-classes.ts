// What a word (a jieba token with its part-of-speech tag) can be in a name. Walking back from a
// suffix (有限公司, 高新区), a name goes on over `name` words, may go on over `soft` words (verbs
// and adjectives, which some names hold: 导航科技, 创新合作区) and ends at a `stop` (punctuation,
// a preposition, a time, a number, a verb that introduces names: 位于, 落户, 引进).
import type { TaggedWord } from '../../../../src/core/segment-words.ts';
import { isPlaceName } from '../../../../src/core/place-names.ts';

export type WordClass = 'stop' | 'soft' | 'name';

/** Single characters that end a name when they stand as a word of their own. */
const STOP_CHARS = new Set(
  Array.from(
    '由在与和及对为是的了将把被从向于等该其这那即如以就也都还又同跟给让使并且或之内外上下里前后个家年月日号说称做至到入据经随当除离比较着过们位名时各每某本此所有无不没很更最已会可要令请原现方访来厂',
  ),
);
/** Words that end a name: verbs and nouns that introduce names in news prose. */
const STOP_WORDS = new Set([
  '位于',
  '利用',
  '借助',
  '落户',
  '落地',
  '引进',
  '签约',
  '成立',
  '完成',
  '牵手',
  '联合',
  '以及',
  '其中',
  '包括',
  '作为',
  '通过',
  '推动',
  '推进',
  '加快',
  '表示',
  '目前',
  '今年',
  '去年',
  '企业',
  '公司',
  '厂商',
  '厂家',
  '供应商',
  '业者',
  '客户',
  '项目',
  '龙头',
  '负责人',
  '启动',
  '打造',
  '扩建',
  '投用',
  '筹建',
  '同志',
  '先生',
  '女士',
  '总经理',
  '董事长',
  '上市公司',
  '子公司',
  '全资',
  '投资方',
  '运营方',
  '建设方',
  '承建方',
  '合作方',
  '供应方',
  '出资方',
  '主办方',
  '承办方',
  '委托方',
  '甲方',
  '乙方',
  '国内',
  '全球',
  '国家级',
  '省级',
  '市级',
  '我国',
  '全国',
  '首家',
  '一家',
  '一批',
  '这家',
  '建设',
  '打造',
  '支持',
  '服务',
  '培育',
  '引领者',
  '来自',
  '走进',
  '来到',
  '进驻',
  '入驻',
  '携手',
  '依托',
  '围绕',
  '聚焦',
  '对接',
  '考察',
  '调研',
  '参观',
  '举办',
  '召开',
  '举行',
  '发布',
  '获批',
  '获评',
  '入选',
  '认定',
  '吸引',
  '引入',
  '招引',
]);
/** Words tagged as verbs or adjectives that are ordinary parts of names. */
const NAME_VERBS = new Set(['未来', '控股', '发展', '投资', '制造', '智造', '开发', '创新', '管理', '应用', '实业', '科技', '计算', '能源', '领先', '合作', '创业', '孵化']);
const STOP_TAGS = new Set(['t', 'm', 'p', 'c', 'u', 'uj', 'ul', 'uv', 'uz', 'ug', 'ud', 'd', 'r', 'f', 'q', 'y', 'e', 'o', 'x', 'w', 'z', 'zg']);
const SOFT_TAGS = new Set(['v', 'vd', 'vg', 'vi', 'ad', 'a', 'an', 'ag', 'l', 'b']);
/** A count word: 两家, 十余个, 3家. */
const COUNT = /^[一二三四五六七八九十两几数多百千万亿余\d]/u;

export function classify(w: TaggedWord): WordClass {
  if (/^[A-Za-z][A-Za-z0-9]*$/u.test(w.word)) return 'name';
  if (!/^\p{Script=Han}+$/u.test(w.word)) return 'stop';
  if (w.word.length === 1) return STOP_CHARS.has(w.word) ? 'stop' : 'name';
  if (STOP_WORDS.has(w.word)) return 'stop';
  // jieba tags some places as adjectives or nouns (常熟/a): a place is always a name word.
  if (isPlaceName(w.word) || NAME_VERBS.has(w.word)) return 'name';
  if (w.tag.startsWith('m') && COUNT.test(w.word)) return 'stop';
  if (STOP_TAGS.has(w.tag)) return 'stop';
  if (SOFT_TAGS.has(w.tag)) return 'soft';
  return 'name';
}

/** Words that say what a company does; a name needs something besides them (管理有限责任公司 is none). */
export const GENERIC_WORDS = new Set([
  '管理',
  '科技',
  '发展',
  '投资',
  '建设',
  '实业',
  '能源',
  '新能源',
  '材料',
  '新材料',
  '半导体',
  '设备',
  '电子',
  '智能',
  '技术',
  '研究院',
  '产业',
  '资产',
  '控股',
  '股份',
  '集团',
  '制造',
  '贸易',
  '咨询',
  '服务',
  '信息',
  '网络',
  '医药',
  '生物',
  '环保',
  '工程',
  '动力',
  '电池',
  '光电',
  '汽车',
  '国际',
  '中国',
  '有限',
  '分',
  '子',
  '总',
  '母',
]);

/** Proper-noun tags: a person's or organisation's name, a place, another proper name. */
export function isProperNoun(w: TaggedWord): boolean {
  return w.word.length >= 2 && /^(nr|nrt|nrfg|ns|nt|nz)$/u.test(w.tag);
}
