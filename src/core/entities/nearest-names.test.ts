import { expect, it } from 'vitest';
import { entitySchema } from '../../schema/entity.ts';
import { nearestNames } from './nearest-names.ts';

const entries = [
  { name: '甲州软件园' },
  { name: '甲州高新技术产业开发区', aliases: ['甲州高新区'] },
  { name: '乙城经济技术开发区', aliases: ['乙城经开区'] },
  { name: '中润新能源（甲州）有限公司', aliases: ['中润新能源'] },
  { name: '甲工集团', aliases: ['甲工'] },
].map((e) => entitySchema.parse(e));

it('finds a name spelt a character off', () => {
  expect(nearestNames('甲州软仵园', entries)[0]).toBe('甲州软件园');
});
it('finds a name that holds the one typed, or that it holds', () => {
  expect(nearestNames('甲州软件园区', entries)[0]).toBe('甲州软件园');
  expect(nearestNames('乙城经开区管委会', entries)[0]).toBe('乙城经济技术开发区');
});
it('finds a name by distinctive words in common', () => {
  expect(nearestNames('中润新能源科技公司', entries)).toEqual(['中润新能源（甲州）有限公司']);
});
it('finds nothing near by one character, a kind of park, a legal form or a place alone', () => {
  expect(nearestNames('甲山', entries)).toEqual([]);
  expect(nearestNames('丙县高新区', entries)).toEqual([]);
  expect(nearestNames('丙丁有限公司', entries)).toEqual([]);
});
it('does not count a real place name in common as near', () => {
  const parks = [entitySchema.parse({ name: '徐州软件园' }), entitySchema.parse({ name: '徐州科技创新谷' })];
  expect(nearestNames('徐州物流港', parks)).toEqual([]);
  expect(nearestNames('徐州科技创新谷二期', parks)).toEqual(['徐州科技创新谷']);
});
