import { expect, it } from 'vitest';
import { wordFrequencies } from './word-frequencies.ts';

it('reads jieba’s dictionary: counts, their total and tags', () => {
  const { count, total, entries } = wordFrequencies();
  expect(count.get('的')).toBeGreaterThan(count.get('孵化器') ?? 0);
  expect(count.get('孵化器')).toBeGreaterThan(0);
  expect(total).toBeGreaterThan(count.get('的')!);
  expect(entries.find((e) => e.word === '北京')?.tag).toBe('ns');
  expect(count.size).toBe(entries.length);
  expect(wordFrequencies()).toBe(wordFrequencies());
});
