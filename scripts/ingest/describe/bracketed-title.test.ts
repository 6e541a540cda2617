import { expect, it } from 'vitest';
import { newDraft } from '../split/draft.ts';
import { withBracketedTitle } from './bracketed-title.ts';

const draft = (text: string, title?: string) => ({ ...newDraft(0, title ? { title } : {}), body: [{ type: 'paragraph' as const, text }] });

it('takes a post’s opening bracketed phrase for its title and starts the text after it', () => {
  const d = withBracketedTitle(draft('【湖畔高新区示范车间名单出炉】近日，园区公布名单。'));
  expect(d.title.title).toBe('湖畔高新区示范车间名单出炉');
  expect(d.body).toEqual([{ type: 'paragraph', text: '近日，园区公布名单。' }]);
});

it('leaves a printed headline, a bracketed topic and a paragraph that is only a bracket alone', () => {
  expect(withBracketedTitle(draft('【湖畔新城开工】3月1日，', '印着的标题')).title.title).toBe('印着的标题');
  expect(withBracketedTitle(draft('【概况】园区位于湖畔市东部。')).title.title).toBeUndefined();
  expect(withBracketedTitle(draft('【湖畔高新区示范车间名单出炉】')).title.title).toBeUndefined();
});
