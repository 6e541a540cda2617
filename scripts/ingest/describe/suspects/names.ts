// Where a suspected misread must not be looked for: inside names. A company's or a person's name
// is made of characters chosen for it (海纳智控, 顾佳伟), which read as no word and would make a
// likelier one with any character changed; a dictionary of names cannot list them all. Found by
// their form: a person's name between a surname and a verb of saying (顾佳伟说) or after a title
// (总经理何立群); a company's or a park's by the project's name finders (…有限公司, …高新区), with
// the company's own name (字号, the characters after its place name) wherever it stands alone;
// and the national list of places. Slogans of parallel halves (一城一谷一区, 三提三争) are left
// alone too: their halves are abbreviations no dictionary lists.
import { COMPANY_FORMS } from '../../../../src/core/name-forms.ts';
import { allPlacesIn, placeAtStart } from '../../../../src/core/place-names.ts';
import { SURNAMES } from '../../read-page/surnames.ts';
import { findCompanyNames, findListedCompanies, findParkNames } from '../new-names.ts';

/** Verbs that follow a speaker's name (顾佳伟说, 何立群表示). */
const SAYS = '(?:说|表示|介绍|指出|认为|称|坦言|透露|告诉|强调|提到|回忆|记得|谈到|笑着说|直言|补充|感慨|坦承|解释)';
/** Titles that precede a person's name (总经理何立群, 创始人贺嘉宁). */
const TITLES =
  '(?:总经理|董事长|副总经理|总裁|创始人|负责人|经理|局长|副局长|主任|副主任|书记|记者|通讯员|院长|所长|教授|博士|工程师|主席|区长|市长|县长|镇长|处长|科长|部长|厂长|社长|总监|专家|院士|老师|先生|女士)';
const SURNAME = `[${[...SURNAMES].filter((s) => s.length === 1).join('')}]`;
const SPEAKER = new RegExp(`${SURNAME}\\p{Script=Han}{1,2}(?=${SAYS})`, 'gu');
const TITLED = new RegExp(`(?<=${TITLES})${SURNAME}\\p{Script=Han}{1,2}`, 'gu');
const COMPANY_SUFFIX = new RegExp(`(${COMPANY_FORMS.join('|')})$`, 'u');

/** Four-character slogans of two parallel halves (一城一谷, 三提三争, 三高一资, 唯实唯干, 提质扩量…): a numeral or one character repeated in first and third place. */
const SLOGAN = /([一二三四五六七八九十百千万双多])\p{Script=Han}[一二三四五六七八九十百千万双多]\p{Script=Han}|(\p{Script=Han})\p{Script=Han}\2\p{Script=Han}/gu;
/** A short company name before its trade (华测生物, 京华光显科技): two to four characters the dictionary does not know. */
const TRADE = '(?:科技|生物|医药|电子|微电子|智能|新能源|光电|信息|软件|材料|新材料|装备|能源|股份|控股|集团|通信|半导体|汽车|机械|精工|动力|智造|制造)';

/** The names in a text: every string whose occurrences are off limits. */
export function namesIn(text: string): string[] {
  const names = new Set<string>();
  for (const m of text.matchAll(SLOGAN)) names.add(m[0]);
  for (const m of text.matchAll(new RegExp(`\\p{Script=Han}{2}(?=${TRADE})`, 'gu'))) names.add(m[0]);
  for (const m of text.matchAll(SPEAKER)) names.add(m[0]);
  for (const m of text.matchAll(TITLED)) names.add(m[0]);
  for (const found of [...findCompanyNames(text), ...findParkNames(text)]) {
    names.add(found.name);
    if (found.short) names.add(found.short);
    const own = ownName(found.name);
    if (own) names.add(own);
  }
  for (const found of findListedCompanies(text)) names.add(found.name);
  for (const place of allPlacesIn(text)) names.add(place);
  return [...names].filter((n) => Array.from(n).length >= 2);
}

/** A company's own name: its first characters after the place it is in (绵阳京华光显科技… → 京华光显). */
export function ownName(name: string): string | undefined {
  let rest = name.replace(COMPANY_SUFFIX, '');
  for (let changed = true; changed; ) {
    changed = false;
    // The longest place the name starts with that leaves something after it.
    const place = placeAtStart(rest.slice(0, -1));
    if (place) {
      rest = rest.slice(place.length);
      changed = true;
    }
  }
  const own = Array.from(rest).slice(0, 4).join('');
  return Array.from(own).length >= 2 ? own : undefined;
}

/** For each character of `text`, whether it lies inside one of the names. */
export function insideNames(text: string, names: readonly string[]): boolean[] {
  const chars = Array.from(text);
  const inside = new Array<boolean>(chars.length).fill(false);
  // Code-unit offset → character index, once: counting from the start at every hit is quadratic.
  const charAt = new Int32Array(text.length + 1);
  for (let i = 0, unit = 0; i < chars.length; unit += chars[i]!.length, i++) charAt[unit] = i;
  for (const name of names) {
    const length = Array.from(name).length;
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
      const from = charAt[at]!;
      for (let i = from; i < from + length; i++) inside[i] = true;
    }
  }
  return inside;
}
