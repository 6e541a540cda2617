import { expect, it } from 'vitest';
import { cutFragments, spacedPieces, splitBeforeNumber, splitRunTogether } from './cut-fragments.ts';

it('cuts a line of printed lines at the spaces between them', () => {
  const cut = cutFragments('徐州市围绕全力构建区域性产业研 发集聚中心、创新产业孵化集聚中心、 产业化发展集聚中心和高层次人才集聚');
  expect(cut?.fragments).toEqual(['徐州市围绕全力构建区域性产业研', '发集聚中心、创新产业孵化集聚中心、', '产业化发展集聚中心和高层次人才集聚']);
  expect(cut?.column).toBeGreaterThanOrEqual(15);
});

it('rejoins a printed line the OCR cut at a space inside it', () => {
  const cut = cutFragments('产业化发展集聚中心和高层次人才集聚 中心, 打造"产业+企业+平台+高 校+人才+金融+政策"的区域创新生');
  expect(cut?.fragments).toEqual(['产业化发展集聚中心和高层次人才集聚', '中心, 打造"产业+企业+平台+高', '校+人才+金融+政策"的区域创新生']);
});

it('keeps a paragraph’s short last line apart from the next column’s line', () => {
  const cut = cutFragments('服务的凭证,是该市对高层次人才 高层次人才重要价值、业绩贡献的 新创业的良好生态。 荣誉证件。持卡的高层次人才可在');
  expect(cut?.fragments).toContain('新创业的良好生态。');
  expect(cut?.fragments).toContain('荣誉证件。持卡的高层次人才可在');
});

it('splits two printed lines the OCR ran together into balanced halves', () => {
  expect(splitRunTogether('和新材料;三大成长型产业主要集中在"十三五规划"》《徐州市创建国家创新', 17)).toEqual([
    '和新材料;三大成长型产业主要集中在',
    '"十三五规划"》《徐州市创建国家创新',
  ]);
  // An opening quotation mark goes with the line it opens.
  expect(splitRunTogether('业平台绩效评价体系;建设院士工作"线上+线下"综合转化功能,畅通科技', 17)[1]).toMatch(/^"线上/u);
});

it('leaves ordinary text alone', () => {
  expect(cutFragments('近日，徐州高新区召开 2023 年上半年经济运行分析会。')).toBeUndefined();
  expect(cutFragments('启动创新驱动引擎 助力产业转型升级')).toBeUndefined();
  expect(cutFragments('短 词 之 间 有 空 格')).toBeUndefined();
});

it('keeps a number with the text around it, but cuts a space after a mark or between digits', () => {
  expect(spacedPieces('上科技孵化核 51 家、省级以上众创空')).toEqual(['上科技孵化核 51 家、省级以上众创空']);
  expect(spacedPieces('半年签约项目 42个，协议总投资 793.1亿')).toEqual(['半年签约项目 42个，协议总投资 793.1亿']);
  expect(spacedPieces('向好发展态势。 1.58%，新医药产业')).toEqual(['向好发展态势。', '1.58%，新医药产业']);
  expect(spacedPieces('安排帮扶资金约20 00万元，支持')).toEqual(['安排帮扶资金约20', '00万元，支持']);
  // A wide gap is a gutter, beside a number too.
  expect(spacedPieces('固定资产投资同比增长22   从青岛转战常州')).toEqual(['固定资产投资同比增长22', '从青岛转战常州']);
});

it('cuts a piece too wide for one line at a space beside a number', () => {
  expect(splitBeforeNumber('智能装备产业同比增长2 向好发展态势。', 13)).toEqual(['智能装备产业同比增长2', '向好发展态势。']);
  expect(splitBeforeNumber('截至今年6 月，绵阳新型显示产', 14)).toEqual(['截至今年6 月，绵阳新型显示产']);
});
