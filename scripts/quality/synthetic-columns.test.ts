import { describe, expect, it } from 'vitest';
import { fragmentWidth } from '../ingest/columns/fragment-width.ts';
import { asOcrWrites, readRowByRow, seededRandom, syntheticPages, typesetColumn } from './synthetic-columns.ts';

describe('typesetColumn', () => {
  const lines = typesetColumn(['徐州市围绕全力构建区域性产业研发集聚中心、创新产业孵化集聚中心，打造区域创新生态系统。', '三年多来，该平台聚集效应明显。'], 15);

  it('sets first lines two ems in and fills the rest of the column', () => {
    expect(fragmentWidth(lines[0]!)).toBeLessThanOrEqual(13);
    expect(fragmentWidth(lines[1]!)).toBe(15);
    expect(lines.join('')).toBe('徐州市围绕全力构建区域性产业研发集聚中心、创新产业孵化集聚中心，打造区域创新生态系统。三年多来，该平台聚集效应明显。');
  });

  it('never starts a line with a closing mark', () => {
    expect(lines.every((l) => !/^[，。、]/u.test(l))).toBe(true);
  });
});

describe('readRowByRow', () => {
  it('reads a row of each column in turn, a run of rows to an OCR line', () => {
    const page = readRowByRow(
      [
        ['a1', 'a2', 'a3'],
        ['b1', 'b2'],
      ],
      [1],
      [2, 5],
    );
    expect(page.raw).toBe('a1 a2 b1\n\na3 b2');
    expect(page.reading).toEqual(['a1', 'a2', 'a3', 'b1', 'b2']);
  });

  it('puts lines read out of their row into an OCR line of their own', () => {
    const page = readRowByRow(
      [
        ['a1', 'a2'],
        ['b1', 'b2'],
      ],
      [0],
      [2],
      (row, column) => row === 0 && column === 1,
    );
    expect(page.raw).toBe('a1 a2 b2\n\nb1');
  });
});

describe('syntheticPages', () => {
  const article = Array.from({ length: 8 }, (_, i) => `第${i + 1}段：徐州高新区围绕产业链部署创新链，全力打造区域性产业科技创新中心，推动高质量发展。`);

  it('is the same for the same seed', () => {
    expect(syntheticPages([article], 3, 7)).toEqual(syntheticPages([article], 3, 7));
    expect(syntheticPages([article], 3, 7)).not.toEqual(syntheticPages([article], 3, 8));
  });

  it('writes punctuation the way the OCR does and keeps every printed line', () => {
    for (const page of syntheticPages([article], 5, 1)) {
      expect(page.raw).not.toMatch(/[，：]/u);
      expect(page.raw.split(/\s+/u).sort()).toEqual([...page.reading].sort());
    }
    expect(asOcrWrites('他说：“好！”')).toBe('他说:"好!"');
  });

  it('draws numbers evenly', () => {
    const random = seededRandom(1);
    const draws = Array.from({ length: 1000 }, random);
    expect(Math.min(...draws)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...draws)).toBeLessThan(1);
    expect(draws.filter((x) => x < 0.5).length).toBeGreaterThan(400);
  });
});
