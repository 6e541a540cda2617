import { expect, it } from 'vitest';
import { characterErrorRate, comparable, joinsRight } from './character-error.ts';

it('compares text without whitespace or heading marks', () => {
  expect(comparable('## 小标题\n\n正文 一段。')).toBe('小标题正文一段。');
});

it('counts edits per character of the transcription, pairing articles by title', () => {
  const expected = [{ title: '甲', text: '一二三四五六七八九十' }];
  expect(characterErrorRate([{ title: '甲', text: '一二三四五六七八九十' }], expected).rate).toBe(0);
  expect(characterErrorRate([{ title: '甲', text: '一二三四五六七八九' }], expected).rate).toBeCloseTo(0.1);
  // An article missing counts wholly wrong; text in an article the transcription lacks counts too.
  const missing = characterErrorRate([{ title: '乙', text: '一二三' }], expected);
  expect(missing.errors).toBe(13);
  expect(missing.articles.find((a) => a.title === '甲')?.found).toBe(false);
});

it('tells a right join from a wrong one by the transcription', () => {
  const expected = [{ title: '甲', text: '从平台建设、财税扶持、租金补贴、成果转化和人才引进' }];
  expect(
    joinsRight(
      [
        ['财税扶持、租金补', '贴、成果转化'],
        ['租金补', '级研发型企业'],
      ],
      expected,
    ),
  ).toEqual({ right: 1, total: 2 });
});
