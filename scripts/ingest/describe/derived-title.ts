// A short title for an article printed without one: the lead's first clause, without the
// `本报讯` mark and the time phrase news leads open with (近日，今年以来，…).
import { DATELINE_MARK_SOURCE } from '../dateline-forms.ts';

const LEAD_MARK = new RegExp(`^\\s*${DATELINE_MARK_SOURCE}\\s*`, 'u');
const TIME_OPENER = /^(近日|日前|近期|近年来|今年以来|今年上半年|今年|去年|上半年|\d{1,2}(?:-\d{1,2})?月(?:\d{1,2}日)?(?:上午|下午|晚)?)[，,]\s*/u;
const MAX = 24;
const MIN = 6;

export function deriveTitle(lead: string): string {
  let text = lead.replace(LEAD_MARK, '').trim();
  for (let i = 0; i < 2; i++) text = text.replace(TIME_OPENER, '');
  text = text.replace(/^[“"]/u, '');
  const clauses = text.split(/(?<=[，。；：！？,;:!?”])/u);
  let title = '';
  for (const clause of clauses) {
    const next = title + clause;
    if (title.length >= MIN && next.length > MAX) break;
    title = next;
    if (/[。！？]$/u.test(title) || title.length >= MIN) break;
  }
  title = title.replace(/[，。；：！？,;:!?、]+$/u, '').replace(/^”/u, '');
  return title.length > MAX ? `${Array.from(title).slice(0, MAX).join('')}…` : title;
}
