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

it('starts an article at a headline under a new page’s head or a column’s label, after a finished sentence', () => {
  const page = [
    '园区将推动30个以上重点项目开工建设。',
    '',
    '2024年9月10日  星期二   第三版   园区·产业   责任编辑 于泽',
    '',
    '潍坊综合保税区跨境电商出口增长三成',
    '今年1至8月，潍坊综合保税区跨境电商出口额同比增长31%。',
    '',
    '【短评】',
    '',
    '服务企业，贵在“带着问题去”',
    '近日，石家庄经济技术开发区开展走访活动。',
  ].join('\n');
  const read = readPage(page);
  const starts = read.lines.filter((l) => read.articleStarts.has(l.lineNo)).map((l) => l.text);
  expect(starts).toEqual(['潍坊综合保税区跨境电商出口增长三成', '服务企业，贵在“带着问题去”']);
});

it('lets text cut by a page break run on over the new page’s head', () => {
  const page = ['园区形成了“磷矿—磷酸—', '', '2024年9月10日  星期二   第三版   园区·产业   责任编辑 于泽', '', '磷酸铁锂”的产业链条', '这一链条带动了上下游企业集聚。'].join('\n');
  const read = readPage(page);
  expect(read.articleStarts.size).toBe(0);
});
