import { expect, it } from 'vitest';
import { cleaningDiff, diffHunks } from './cleaning-diff.ts';

it('shows removed spaces and added full-width punctuation', () => {
  const diff = cleaningDiff('研 发,中心', '研发，中心');
  expect(diff.parts.filter((p) => p.kind !== 'same').map((p) => `${p.kind}:${p.text}`)).toEqual(['removed: ', 'removed:,', 'added:，']);
  expect(diff.removed).toBe(2);
  expect(diff.added).toBe(1);
});

it('groups the changes into hunks with a little context', () => {
  const { parts } = cleaningDiff('第一句话很长很长很长。研 发,中心在这里很长很长很长很长。', '第一句话很长很长很长。研发，中心在这里很长很长很长很长。');
  const hunks = diffHunks(parts, 3);
  expect(hunks).toHaveLength(1);
  expect(hunks[0]!.before).toBe('长。研');
  expect(hunks[0]!.parts.map((p) => `${p.kind}:${p.text}`)).toEqual(['removed: ', 'same:发', 'removed:,', 'added:，']);
  expect(hunks[0]!.after).toBe('中心在');
});

it('gives up on a text reorganised past MAX_EDITS and counts characters instead', () => {
  const raw = Array.from({ length: 300 }, (_, i) => `第${i}句。`).join('');
  // The same sentences in reverse order: every character is still there, in another place.
  const clean = raw
    .split('。')
    .filter(Boolean)
    .reverse()
    .map((s) => `${s}。`)
    .join('');
  const diff = cleaningDiff(raw, `${clean}新`);
  expect(diff.reorganised).toBe(true);
  expect(diff.parts).toEqual([]);
  expect(diff.added).toBe(1);
  expect(diff.removed).toBe(0);
  expect(cleaningDiff('研 发', '研发').reorganised).toBe(false);
});

it('compares a clipping printed in Traditional in Simplified, as its page shows it', () => {
  const diff = cleaningDiff('科學園 的初創企業,融資額創新高', '科学园的初创企业，融资额创新高', true);
  expect(diff.parts.filter((p) => p.kind !== 'same').map((p) => `${p.kind}:${p.text}`)).toEqual(['removed: ', 'removed:,', 'added:，']);
});
