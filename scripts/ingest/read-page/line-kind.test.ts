import { expect, it } from 'vitest';
import { lineKind } from './line-kind.ts';

it('knows bylines, headline-like lines, captions and text', () => {
  expect(lineKind('本报记者 李 秋')).toBe('byline');
  expect(lineKind('注入中关村的创新基因')).toBe('heading');
  expect(lineKind('★单车骑行体验。')).toBe('other');
  expect(lineKind('2019年4月16日 星期二')).toBe('other');
  expect(lineKind('七是完善知识产权战略体系, 创建')).toBe('text');
  expect(lineKind('航专项行动。')).toBe('text');
});
