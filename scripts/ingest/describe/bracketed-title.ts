// An article printed without a headline whose text opens with its title in brackets, as a
// microblog's post does (`【某某名单出炉】近日，…`): the bracketed phrase is its printed title, and
// the text starts after it. A topic of a few characters (`【概况】`) is no title (line-forms.ts).
import { readItemLead } from '../split/line-forms.ts';
import type { Draft } from '../split/draft.ts';

export function withBracketedTitle(draft: Draft): Draft {
  const first = draft.body[0];
  if (draft.title.title || first?.type !== 'paragraph') return draft;
  const lead = readItemLead(first.text);
  if (lead?.mark !== '【】' || !lead.rest) return draft;
  return { ...draft, title: { ...draft.title, title: lead.lead }, titleOrigin: 'printed', body: [{ type: 'paragraph', text: lead.rest }, ...draft.body.slice(1)] };
}
