// A company name with a place in brackets (某某新能源（徐州）有限公司) is the same company as the
// name without it: the bracket says where this registration is, not which firm.
const BRACKETED_PLACE = /[（(][^（）()]{2,6}[）)]/gu;

/** The name without a bracketed place: 某某新能源（徐州）有限公司 → 某某新能源有限公司. */
export function withoutBracketedPlace(name: string): string {
  return name.replace(BRACKETED_PLACE, '');
}
