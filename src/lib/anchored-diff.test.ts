import { expect, it } from 'vitest';
import { anchoredDiff, type Change } from './anchored-diff.ts';

const side = (changes: Change[], drop: Change['kind']) =>
  changes
    .filter((c) => c.kind !== drop)
    .map((c) => c.text)
    .join('');

it('gives a diff whose sides make the two texts, changes between long unchanged stretches', () => {
  const a = '第一段文字很长很长很长，研 发,中心在这里。第二段文字也很长很长，创 新,驱动发展。第三段文字结束在这里很长';
  const b = '第一段文字很长很长很长，研发，中心在这里。第二段文字也很长很长，创新，驱动发展。第三段文字结束在这里很长';
  const d = anchoredDiff(a, b, 50)!;
  expect(side(d, 'added')).toBe(a);
  expect(side(d, 'removed')).toBe(b);
  expect(d.filter((c) => c.kind !== 'same').map((c) => `${c.kind}:${c.text}`)).toEqual(['removed: ', 'removed:,', 'added:，', 'removed: ', 'removed:,', 'added:，']);
});

it('gives up where text moved further than the gap allows', () => {
  const parts = Array.from({ length: 40 }, (_, i) => `这是第${i}个不同的句子内容。`);
  const moved = [...parts.slice(20), ...parts.slice(0, 20)];
  expect(anchoredDiff(parts.join(''), moved.join(''), 30)).toBeUndefined();
  expect(anchoredDiff(parts.join(''), moved.join(''), 10_000)).toBeDefined();
});

it('handles texts with nothing in common, or empty', () => {
  expect(anchoredDiff('甲乙', '丙', 10)).toEqual([
    { kind: 'removed', text: '甲乙' },
    { kind: 'added', text: '丙' },
  ]);
  expect(anchoredDiff('', '新', 10)).toEqual([{ kind: 'added', text: '新' }]);
});
