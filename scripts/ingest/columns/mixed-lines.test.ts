import { expect, it } from 'vitest';
import { toPageLines } from '../read-page/page-lines.ts';
import { classifyLines } from './classify-lines.ts';
import { findMixedLines } from './mixed-lines.ts';

process.env.ARCHIVE_LM = 'off';

const A = ['从平台建设、财税扶持、租金补', '贴、成果转化和人才引进、建设用', '地、科技金融等方面扶持核心区'];
const B = ['协调认定一批省级研发型企业；深', '化体制机制改革，在人才集聚、成果转', '化、开放合作等方面先行先试。'];

function find(page: string) {
  const lines = toPageLines(page);
  const kinds = classifyLines(lines);
  return findMixedLines(lines, kinds, lines.map(() => 0));
}

it('finds a line of two columns read together, with its streams', () => {
  const found = find([A[0], B[0], A[1], B[1], A[2], B[2]].join(' '));
  expect([...found.mixed]).toEqual([0]);
  expect(found.mixedAlone.get(0)).toEqual([
    [0, 2, 4],
    [1, 3, 5],
  ]);
});

it('reads a line of one column as one column, and leaves a line of prose alone', () => {
  const found = find(`${['徐州市围绕全力构建区域性产业研', '发集聚中心、创新产业孵化集聚中心、', '产业化发展集聚中心和高层次人才集聚'].join(' ')}\n\n近日，徐州高新区召开 2023 年上半年经济运行分析会。`);
  expect([...found.mixed]).toEqual([]);
  expect([...found.oneColumn]).toEqual([0]);
  expect(found.cuts[1]).toBeUndefined();
});
