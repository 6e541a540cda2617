import { describe, expect, it } from 'vitest';
import { doubledLeadPrefix, undoubleFakeBold, undoubleLine } from './fake-bold.ts';

describe('undoubleLine', () => {
  it.each([
    ['高新园区高新园区：：开局良好开局良好', '高新园区：开局良好'],
    ['11--88月营收稳步增长月营收稳步增长', '1-8月营收稳步增长'],
    ['利润同比增长利润同比增长2727..55%%', '利润同比增长27.5%'],
    ['““链主链主””带动配套企业带动配套企业', '“链主”带动配套企业'],
    ['湖湖畔畔新新城城开开工工', '湖畔新城开工'],
    ['精准招商精准招商 落地见效落地见效', '精准招商 落地见效'],
    ['湖湖畔畔新新城 城开开工工', '湖畔新城开工'],
  ])('undoes %s', (input, expected) => {
    expect(undoubleLine(input)).toBe(expected);
  });
  it.each(['人人常常谢谢', '2000', '谢谢谢谢', '哈哈哈哈哈哈', '——————', '▶▶ 李 明', '湖畔新城：开局良好', '研究研究'])('leaves real text alone: %s', (input) => {
    expect(undoubleLine(input)).toBeUndefined();
    expect(undoubleFakeBold(input)).toBe(input);
  });
  it('is idempotent', () => {
    const once = undoubleFakeBold('湖畔新城湖畔新城：：');
    expect(undoubleFakeBold(once)).toBe(once);
  });
  it('gives up at once on a line too long to be a headline', () => {
    expect(undoubleLine('甲甲'.repeat(20_000))).toBeUndefined();
  });
});

describe('doubledLeadPrefix', () => {
  it('finds a bold lead doubled character by character before the text', () => {
    expect(doubledLeadPrefix('湖湖畔畔新新城城开开工工  3月1日，湖畔新城')).toEqual({ lead: '湖畔新城开工', rest: '3月1日，湖畔新城' });
  });
  it('reads through a stray space and reaches the line end', () => {
    expect(doubledLeadPrefix('湖湖畔畔新 新城城开开')).toEqual({ lead: '湖畔新城开', rest: '' });
  });
  it('needs a lead, not a reduplicated word', () => {
    expect(doubledLeadPrefix('常常有人说起')).toBeUndefined();
    expect(doubledLeadPrefix('湖畔新城开工')).toBeUndefined();
  });
});

it('undoes a doubled headline whose colon the OCR read once', () => {
  expect(undoubleLine('湖湖滨滨开开发发区区：““氢氢””装装上上阵阵')).toBe('湖滨开发区：“氢”装上阵');
  expect(undoubleLine('人人，常常')).toBeUndefined();
});

it('undoes a doubled line whose two copies read a mark in two widths', () => {
  expect(undoubleLine('记者记者::在吸引人才方面在吸引人才方面,，')).toBe('记者:在吸引人才方面,');
  expect(undoubleLine('园区有什么优势园区有什么优势?？')).toBe('园区有什么优势?');
  expect(undoubleLine('优势,，优势')).toBeUndefined();
});
