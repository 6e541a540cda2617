import { expect, it } from 'vitest';
import { maskAt, wordIndex } from './dictionary.ts';

it('finds the words that fit a mask, wherever the mask stands, commonest first', () => {
  const { masked, frequency } = wordIndex();
  expect(masked.get('孵化_')?.words).toContain('孵化器');
  expect(masked.get('_化器')?.words).toContain('孵化器');
  expect(masked.get('孵_器')?.words).toContain('孵化器');
  const fitting = masked.get('发_')!;
  const list = fitting.words;
  expect(list.length).toBeGreaterThan(10);
  expect(list.every((w) => w.length === 2 && w.startsWith('发'))).toBe(true);
  const counts = list.map((w) => frequency.get(w) ?? 0);
  expect(counts).toEqual([...counts].sort((a, b) => b - a));
  // Each word comes with its frequency and the character in the masked place.
  expect([...fitting.frequency]).toEqual(counts);
  expect(fitting.filling).toEqual(list.map((w) => w[1]));
  expect(masked.get('_化器')!.filling[masked.get('_化器')!.words.indexOf('孵化器')]).toBe('孵');
});

it('proposes no names and nothing for a mask no word fits', () => {
  const { masked, frequency } = wordIndex();
  // 北京 is in the dictionary, tagged as a place: never a proposal.
  expect(frequency.has('北京')).toBe(true);
  expect(masked.get('北_')?.words ?? []).not.toContain('北京');
  expect(masked.get('_龘龘')).toBeUndefined();
});

it('masks one character of a word', () => {
  expect(maskAt(Array.from('孵化器'), 1)).toBe('孵_器');
});
