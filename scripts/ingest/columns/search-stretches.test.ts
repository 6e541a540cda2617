import { describe, expect, it } from 'vitest';
import { lineStretches, searchStretches } from './search-stretches.ts';

describe('lineStretches', () => {
  it('runs over consecutive kept lines and stops at a line not kept or another article', () => {
    const keep = [true, true, false, true, true, true];
    const region = [0, 0, 0, 0, 1, 1];
    expect(
      lineStretches(
        6,
        (i) => keep[i]!,
        (i) => region[i]!,
      ),
    ).toEqual([[0, 1], [3], [4, 5]]);
  });
});

describe('searchStretches', () => {
  const a = ['从平台建设、财税扶持、租金补', '贴、成果转化和人才引进、建设用', '地、科技金融等方面扶持核心区'];
  const b = ['协调认定一批省级研发型企业；深', '化体制机制改革，在人才集聚、成果转', '化、开放合作等方面先行先试。'];
  const line = (pieces: string[], region = 0) => ({ pieces, isText: true, region });

  it('follows two columns read row by row over two OCR lines', () => {
    const { runs, split, weak } = searchStretches([line([a[0]!, b[0]!, a[1]!]), line([b[1]!, a[2]!, b[2]!])], 1);
    expect(runs).toEqual([
      {
        lines: [0, 1],
        streams: [
          [0, 2, 4],
          [1, 3, 5],
        ],
      },
    ]);
    expect(split).toEqual([0, 1]);
    expect(weak).toEqual([]);
  });

  it('counts a line of one printed line between two mixed ones as part of the stretch', () => {
    const { runs } = searchStretches([line([a[0]!, b[0]!]), line([a[1]!]), line([b[1]!, a[2]!, b[2]!])], 1);
    expect(runs[0]?.lines).toEqual([0, 1, 2]);
  });

  it('leaves one column read straight alone, and never crosses into another article', () => {
    expect(searchStretches([line(a), line(['徐州市围绕全力构建区域性产业研', '发集聚中心、创新产业孵化集聚中心、'])], 1).runs).toEqual([]);
    // The same two OCR lines as above, but in two articles: no stretch, so no run.
    expect(searchStretches([line([a[0]!, b[0]!, a[1]!], 0), line([b[1]!, a[2]!, b[2]!], 1)], 1).runs).toEqual([]);
  });
});
