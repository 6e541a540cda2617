import { expect, it } from 'vitest';
import { toTraditional } from './to-traditional.ts';

it('converts characters, not Mainland words into Taiwanese ones', () => {
  expect(toTraditional('徐州高新区软件园')).toBe('徐州高新區軟件園');
  expect(toTraditional('比亚迪钠离子电池')).toBe('比亞迪鈉離子電池');
  expect(toTraditional('信息')).toBe('信息');
  expect(toTraditional('ABC 123，。')).toBe('ABC 123，。');
});

it('converts word by word, with Traditional quotation marks', () => {
  expect(toTraditional('积蓄发展“新动能”')).toBe('積蓄發展「新動能」');
});
