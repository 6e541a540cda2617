import { expect, it } from 'vitest';
import { findMention } from './mention-sentence.ts';
import { readableText } from '../../core/readable-text.ts';

it('finds the first sentence naming the entity, by its longest form', () => {
  const text = '## 小标题\n\n**本报讯** 今年以来，经济平稳。项目落户徐州经开区，经开区表示欢迎。';
  expect(findMention(text, ['经开区', '徐州经开区'])).toEqual({ before: '项目落户', match: '徐州经开区', after: '，经开区表示欢迎。' });
  expect(findMention(text, ['淄博高新区'])).toBeUndefined();
});
it('cuts long sentences around the name', () => {
  const m = findMention(`${'长'.repeat(100)}徐州高新区${'句'.repeat(100)}。`, ['徐州高新区'])!;
  expect(m.before.length).toBeLessThanOrEqual(49);
  expect(m.after.startsWith('句')).toBe(true);
  expect(m.after.endsWith('…')).toBe(true);
});
it('reads Markdown as text', () => {
  expect(readableText('## 标题\n\n**本报讯** 正文\\*')).toBe('标题\n本报讯 正文*');
});
