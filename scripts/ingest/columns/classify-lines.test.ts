import { expect, it } from 'vitest';
import { toPageLines } from '../read-page/page-lines.ts';
import { articleRegions, classifyLines } from './classify-lines.ts';

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
