import { expect, it } from 'vitest';
import { readPage } from './index.ts';

it('starts an article at each numbered heading the contents list names, its number left out', () => {
  const page = [
    '【本期要目】',
    '● 园区一季度工业增加值增长8.7%',
    '● 园区开展安全生产大检查',
    '',
    '一、园区一季度工业增加值增长8.7%',
    '据统计，一季度园区工业增加值同比增长8.7%。',
    '',
    '二、园区开展安全生产大检查',
    '5月中旬，园区组织开展安全生产大检查。',
    '',
    '三、下一步工作',
    '园区将继续推进。',
  ].join('\n');
  const read = readPage(page);
  const starts = read.lines.filter((l) => read.articleStarts.has(l.lineNo)).map((l) => l.text);
  expect(starts).toEqual(['园区一季度工业增加值增长8.7%', '园区开展安全生产大检查']);
  expect(read.lines.map((l) => l.text)).toContain('三、下一步工作');
  expect(read.lines.some((l) => l.text.startsWith('●'))).toBe(false);
});
