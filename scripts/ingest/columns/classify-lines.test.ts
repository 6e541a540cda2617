import { expect, it } from 'vitest';
import { toPageLines } from '../read-page/page-lines.ts';
import { articleRegions, classifyLines, tableRows } from './classify-lines.ts';

it('tells a section heading between wider text from a column’s unpunctuated line', () => {
  const lines = toPageLines(
    [
      '徐州把一院一城作为重大工程项目推进建设，一手抓基础设施建设。',
      '“7”，即完善七个方面工作体系',
      '2016年7月21日，市委、市政府召开区域性产业科技创新中心建设大会。',
      '市科技金融服务中心、江苏科技企业融',
      '资路演服务中心淮海分中心等银企对接',
      '平台；创新金融支持方式，建立引导基金。',
    ].join('\n'),
  );
  expect(classifyLines(lines)).toEqual(['text', 'heading', 'text', 'text', 'text', 'text']);
});

it('starts a new article at a heading over a byline, or at a known sidebar', () => {
  const lines = toPageLines(['甲文正文。', '做好科技招商文章', '本报记者 李 秋', '乙文正文。', '主讲人档案', '丙文正文。'].join('\n'));
  const kinds = classifyLines(lines);
  expect(articleRegions(lines, kinds, new Set([5]))).toEqual([0, 1, 1, 1, 2, 2]);
});

it('reads a table’s rows as a table’s, not as columns read together', () => {
  const texts = [
    '今年上半年主要经济指标见下表：',
    '指标                    单位          数值            同比增长（%）',
    '规上工业总产值          亿元          2,286.5         12.3',
    '固定资产投资            亿元          ７３８．２       9.6',
    '注：数据来源于管委会。',
  ];
  expect(tableRows(texts)).toEqual(new Set([1, 2, 3]));
  expect(classifyLines(toPageLines(texts.join('\n'))).slice(1, 4)).toEqual(['other', 'other', 'other']);
  // Two columns read together hold text in each part, not numbers alone.
  expect(tableRows(['园区新引进项目17个，涵盖    郑州经开区启动诊断服务', '摄像模组、声学器件等领域。    6月4日，郑州经开区'])).toEqual(new Set());
});
