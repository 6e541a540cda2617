import { expect, it } from 'vitest';
import { cleaningDiff } from './cleaning-diff.ts';

it('shows removed spaces and added full-width punctuation', () => {
  const diff = cleaningDiff('研 发,中心', '研发，中心');
  expect(diff.parts.filter((p) => p.kind !== 'same').map((p) => `${p.kind}:${p.text}`)).toEqual(['removed: ', 'removed:,', 'added:，']);
  expect(diff.removed).toBe(2);
  expect(diff.added).toBe(1);
});
