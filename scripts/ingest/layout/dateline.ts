// A printed page date standing on its own line: `2019年4月16日 星期二`, `2023年6月`.

const DATELINE = /^(\d{4})\s*年\s*(\d{1,2})\s*月(?:\s*(\d{1,2})\s*日)?\s*(?:[（(]?(?:星期|周)[一二三四五六日天][)）]?)?\s*(?:农历\S*)?$/u;

/** The date as YYYY-MM-DD or YYYY-MM, or undefined when the line is not a dateline. */
export function parseDateline(text: string): string | undefined {
  const m = DATELINE.exec(text.trim());
  if (!m) return undefined;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  const ym = `${m[1]}-${String(month).padStart(2, '0')}`;
  if (m[3] === undefined) return ym;
  const day = Number(m[3]);
  if (day < 1 || day > 31) return undefined;
  return `${ym}-${String(day).padStart(2, '0')}`;
}
