import { expect, it } from 'vitest';
import { toPageLines } from './lines.ts';

it('keeps non-empty lines with the blank lines around them', () => {
  expect(toPageLines('\n\n标题\n\n\n正文\n下一行\n')).toEqual([
    { lineNo: 3, text: '标题', gapBefore: 0, gapAfter: 2 },
    { lineNo: 6, text: '正文', gapBefore: 2, gapAfter: 0 },
    { lineNo: 7, text: '下一行', gapBefore: 0, gapAfter: 0 },
  ]);
});
