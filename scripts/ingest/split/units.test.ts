import { describe, expect, it } from 'vitest';
import { toPageLines } from '../read-page/page-lines.ts';
import { liftFloating } from './floating-blocks.ts';
import { setApartLines, toUnits } from './units.ts';

// Double-spaced text (a blank line after every line, as some OCR gives it): the page's usual gap
// is one line; three above and below set a line apart.
const page = (...parts: string[][]) => parts.map((lines) => lines.join('\n\n')).join('\n\n\n\n');
const apart = (text: string) => {
  const lines = toPageLines(text);
  return [...setApartLines(lines, liftFloating(lines).alone)].map((n) => lines.find((l) => l.lineNo === n)!.text);
};

describe('setApartLines', () => {
  const above = ['今年以来，湖畔新城的订单持续', '增长，产线开足马力，工人们三班倒', '地生产，库存周转天数少了一半。'];
  const below = ['西山园区的新材料产业并非从零', '起步，这里早有十余家研发机构落户。'];

  it('takes a short line set apart after a sentence’s end for a subhead', () => {
    expect(apart(page(above, ['园区里的“新变化”'], below))).toEqual(['园区里的“新变化”']);
  });

  it('leaves a line set apart in the middle of a sentence, a sentence, a clause and a wide line', () => {
    expect(apart(page(above.slice(0, 2), ['地生产'], below))).toEqual([]);
    expect(apart(page(above, ['项目建设再提速。'], below))).toEqual([]);
    expect(apart(page(above, ['在各方共同努力下，'], below))).toEqual([]);
    expect(apart(page(above, ['园区里的变化'.repeat(7)], below))).toEqual([]);
  });

  it('takes nothing where the gaps are the page’s usual ones', () => {
    expect(apart([...above, '园区里的“新变化”', ...below].join('\n\n'))).toEqual([]);
  });
});

describe('numbered items', () => {
  const units = (text: string) => toUnits(toPageLines(text), { bold: new Set(), articleStarts: new Set() }, {});
  const heads = (text: string) => units(text).flatMap((u) => (u.kind === 'head' && u.item ? [u.text] : []));
  it('reads numbered headlines over news leads as the leads of items', () => {
    const briefs = ['1.江北新区设计业营收增长', '记者从江北新区获悉，今年上半年营收增长。', '', '2.江宁开发区首个零碳工厂通过认证', '8月20日，江宁开发区的一家企业通过认证。'].join('\n');
    expect(heads(briefs)).toEqual(['江北新区设计业营收增长', '江宁开发区首个零碳工厂通过认证']);
  });
  it('leaves a report’s numbered points to the report', () => {
    const report = ['1.加快科技创新', '园区将加大研发投入，推动企业建设研发中心。', '', '2.优化营商环境', '园区将深化审批制度改革。'].join('\n');
    expect(heads(report)).toEqual([]);
  });
});

describe('an interview’s questions in bold', () => {
  it('keeps a bold question and the bold line it wraps onto as text, not a heading', () => {
    const lines = toPageLines(['黄志明：我们主要抓三件事。', '记者：在吸引人才方面，', '珠海高新区有什么优势？', '黄志明：生态环境好。'].join('\n'));
    const bold = new Set([lines[1]!.lineNo, lines[2]!.lineNo]);
    const units = toUnits(lines, { bold, articleStarts: new Set() }, {});
    expect(units.filter((u) => u.kind === 'head')).toEqual([]);
    expect(units.some((u) => u.kind === 'text' && u.text.startsWith('记者：在吸引人才方面，珠海高新区'))).toBe(true);
  });
});
