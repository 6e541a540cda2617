import { expect, it } from 'vitest';
import { toPageLines } from '../read-page/page-lines.ts';
import { deinterleave } from './deinterleave.ts';

const texts = (page: string) => deinterleave(toPageLines(page)).lines.map((l) => l.text.trim());

// Two columns the OCR read together, line by line, and the same in reading order.
const MIXED = '从平台建设、财税扶持、租金补 协调认定一批省级研发型企业；深 贴、成果转化和人才引进、建设用 化体制机制改革，在人才集聚、成果转 地、科技金融等方面扶持核心区 化、开放合作等方面先行先试。';
const READING = [
  '从平台建设、财税扶持、租金补',
  '贴、成果转化和人才引进、建设用',
  '地、科技金融等方面扶持核心区',
  '协调认定一批省级研发型企业；深',
  '化体制机制改革，在人才集聚、成果转',
  '化、开放合作等方面先行先试。',
];

it('puts two columns read line by line together back in reading order', () => {
  const page = ['“4”，即建设四大优质载体', '', MIXED].join('\n');
  expect(texts(page)).toEqual(['“4”，即建设四大优质载体', ...READING]);
  const { report } = deinterleave(toPageLines(page));
  expect(report.mixedLines).toEqual([3]);
  expect(report.newJoins.map(([a, b]) => `${a.slice(-1)}|${b.slice(0, 1)}`)).toContain('深|化');
});

it('gives a page with no columns read together back unchanged', () => {
  const page = [
    '徐州高新区激活发展新动能',
    '',
    '徐州市围绕全力构建区域性产业研 发集聚中心、创新产业孵化集聚中心、 产业化发展集聚中心和高层次人才集聚 中心，打造区域创新生态系统。',
    '',
    '本报记者 李秋',
  ].join('\n');
  const lines = toPageLines(page);
  const result = deinterleave(lines);
  expect(result.lines).toEqual(lines);
  expect(result.report.mixedLines).toEqual([]);
});

it('on a page too large to weigh every pair, still puts each mixed line in order', () => {
  // Each copy under a heading of its own, so that every copy is a run of its own.
  const page = Array.from({ length: 600 }, () => `“4”，即建设四大优质载体\n\n${MIXED}`).join('\n\n');
  const { lines, report } = deinterleave(toPageLines(page));
  expect(report.notes[0]).toMatch(/too many to weigh every pair/u);
  expect(lines.slice(1, 7).map((l) => l.text)).toEqual(READING);
});

it('follows each column from one OCR line into the next', () => {
  // The same two columns, the OCR's rows split over two lines: column A's third line and column
  // B's second and third are in the second OCR line.
  const rows = MIXED.split(' ');
  const page = [rows.slice(0, 3).join(' '), '', rows.slice(3).join(' ')].join('\n');
  const { lines, report } = deinterleave(toPageLines(page));
  expect(lines.map((l) => l.text.trim())).toEqual(READING);
  expect(report.mixedLines).toEqual([1, 3]);
  // Each line alone looked mixed on too little evidence; the stretch put them in order after all.
  expect(report.weakLines).toEqual([]);
});
