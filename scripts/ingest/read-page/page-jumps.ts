// Notes of an article continued on another page: `（下转第4版）` where it breaks off, `（上接第1版）`
// where it goes on (often after its headline printed again, short, or on the same line). They are
// article structure, not furniture, though they name a page.

const JUMP_OUT = /^[(（]?\s*(?:下转|转|续见|续转|接下)\s*(?:第\s*)?([A-Z]?\d{1,3})\s*(?:版|页|面)\s*[)）]?$|^[(（]?\s*(?:转下页|下转下页|未完待续|待续)\s*[)）]?$/u;
const JUMP_IN = /^[(（]?\s*(?:上接|接上|紧接|续接|接|续)\s*(?:第\s*)?([A-Z]?\d{1,3})\s*(?:版|页|面)\s*[)）]?$|^[(（]?\s*(?:上接上页|接上页|续上页)\s*[)）]?$/u;
/** `（上接第1版）` printed after the repeated headline on the same line. */
const JUMP_IN_AFTER = /^(.{2,40}?)\s*[(（]\s*(?:上接|接上|紧接|续接|接|续)\s*(?:第\s*)?[A-Z]?\d{1,3}\s*(?:版|页|面)\s*[)）]$/u;

export type Jump = { dir: 'out' | 'in'; page?: string; headline?: string };

export function readJump(text: string): Jump | undefined {
  const t = text.trim();
  const out = JUMP_OUT.exec(t);
  if (out) return { dir: 'out', ...(out[1] ? { page: out[1] } : {}) };
  const into = JUMP_IN.exec(t);
  if (into) return { dir: 'in', ...(into[1] ? { page: into[1] } : {}) };
  const after = JUMP_IN_AFTER.exec(t);
  return after ? { dir: 'in', headline: after[1]!.trim() } : undefined;
}
