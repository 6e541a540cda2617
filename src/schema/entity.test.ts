import { expect, it } from 'vitest';
import { entitySchema, isOtherKind } from './entity.ts';

it('tells the kinds that are neither parks nor companies', () => {
  expect(isOtherKind('商业综合体')).toBe(true);
  expect(isOtherKind('研究院')).toBe(true);
  expect(isOtherKind('企业')).toBe(false);
  expect(isOtherKind('高新区')).toBe(false);
  expect(isOtherKind(undefined)).toBe(false);
});
it('accepts any kind an editor writes', () => {
  expect(entitySchema.parse({ name: '某某广场', kind: '商业综合体' }).kind).toBe('商业综合体');
});
