// Notes of an article continued on another page: `（下转第4版）` where it breaks off, `（上接第1版）`
// where it goes on (often after its headline printed again, short, or on the same line). They are
// article structure, not furniture, though they name a page.

/** A page as printed in a jump note: `4`, `A3`, or in Chinese numerals (`第二版`). */
const PAGE = '([A-Z]?\\d{1,3}|[一二三四五六七八九十]{1,3})';
/** Where on that page (`转第5版上`), and the arrows a note may open with (`>>>下转第4版`). */
const SPOT = '(?:上|下|左|右|中|上方|下方)?';
const ARROWS = '(?:[>＞»→▶►]+\\s*)?';
const JUMP_OUT = new RegExp(`^${ARROWS}[(（]?\\s*(?:下转|转|续见|续转|接下)\\s*(?:第\\s*)?${PAGE}\\s*(?:版|页|面)${SPOT}\\s*[)）]?$|^[(（]?\\s*(?:转下页|下转下页|未完待续|待续)\\s*[)）]?$`, 'u');
const JUMP_IN = new RegExp(`^${ARROWS}[(（]?\\s*(?:上接|接上|紧接|续接|接|续)\\s*(?:第\\s*)?${PAGE}\\s*(?:版|页|面)${SPOT}\\s*[)）]?$|^[(（]?\\s*(?:上接上页|接上页|续上页)\\s*[)）]?$`, 'u');
/** `（上接第1版）` printed after the repeated headline on the same line. */
const JUMP_IN_AFTER = new RegExp(`^(.{2,40}?)\\s*[(（]\\s*(?:上接|接上|紧接|续接|接|续)\\s*(?:第\\s*)?${PAGE}\\s*(?:版|页|面)${SPOT}\\s*[)）]$`, 'u');

const NUMERALS = '一二三四五六七八九';

/** A page number in Chinese numerals as digits (`二` → 2, `十二` → 12, `二十` → 20); others as printed. */
function pageNumber(printed: string): string {
  if (!/^[一二三四五六七八九十]+$/u.test(printed)) return printed;
  const [tens, ones] = printed.includes('十') ? printed.split('十') : ['', printed];
  const digit = (c: string | undefined) => NUMERALS.indexOf(c ?? '') + 1;
  const value = (printed.includes('十') ? (tens ? digit(tens) : 1) * 10 : 0) + (ones ? digit(ones) : 0);
  return String(value);
}

export type Jump = { dir: 'out' | 'in'; page?: string; headline?: string };

export function readJump(text: string): Jump | undefined {
  const t = text.trim();
  const out = JUMP_OUT.exec(t);
  if (out) return { dir: 'out', ...(out[1] ? { page: pageNumber(out[1]) } : {}) };
  const into = JUMP_IN.exec(t);
  if (into) return { dir: 'in', ...(into[1] ? { page: pageNumber(into[1]) } : {}) };
  const after = JUMP_IN_AFTER.exec(t);
  return after ? { dir: 'in', headline: after[1]!.trim() } : undefined;
}
