import { expect, it } from 'vitest';
import { endsMidWord, junctionGain, segmentationLogProb } from './junction-gain.ts';

it('finds a common word across the join', () => {
  expect(junctionGain('从平台建设、财税扶持、租金补', '贴、成果转化')).toBeGreaterThan(5);
  expect(junctionGain('设立市科技企', '业贷款风险补偿资金')).toBeGreaterThan(5);
});

it('finds nothing where the text breaks between words anyway', () => {
  expect(junctionGain('租金补', '级研发型企业')).toBe(0);
  expect(junctionGain('该市推', '凝聚着徐州服务')).toBe(0);
  expect(junctionGain('体系,建设', '众创空间')).toBe(0);
});

it('weighs a rare word that happens to fit below a common one', () => {
  // 深化 (deepen) against 深发展, a bank's name.
  expect(junctionGain('建设重大科技平台,深', '化"一城一谷')).toBeGreaterThan(junctionGain('建设重大科技平台,深', '发展,实现') + 3);
});

it('looks at Han characters only', () => {
  expect(junctionGain('徐州·', '中关村')).toBe(0);
  expect(junctionGain('2020', '年')).toBe(0);
  expect(segmentationLogProb(Array.from('补贴'))).toBeGreaterThan(segmentationLogProb(['补']) + segmentationLogProb(['贴']));
});

it('tells a line cut in the middle of a word from one that ends on a whole word', () => {
  expect(endsMidWord('举办中英、中法创新创')).toBe(true);
  expect(endsMidWord('投贷联动模式，开')).toBe(true);
  expect(endsMidWord('技术产权交易中心')).toBe(false);
  expect(endsMidWord('建设高水平新型研发机构；')).toBe(false);
});
