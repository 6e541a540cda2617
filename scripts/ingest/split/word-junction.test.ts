import { expect, it } from 'vitest';
import { wordSpansBreak } from './word-junction.ts';

it('sees a word running across a line break', () => {
  expect(wordSpansBreak('为企业开展帮扶对接和精准服', '务，“保姆式”的贴心服务')).toBe(true);
  expect(wordSpansBreak('弗迪电池消费类电池事业部总', '经理雷磊表示')).toBe(true);
  expect(wordSpansBreak('租金补', '贴、成果转化')).toBe(true);
});
it('sees none between a headline and the text below it', () => {
  expect(wordSpansBreak('速度，没有最快只有更快', '项目建设是推动高质量发展')).toBe(false);
  expect(wordSpansBreak('在营商环境优化中凸显“科技力量”', '创新环境也是营商环境')).toBe(false);
  expect(wordSpansBreak('租金补', '级研发型企业')).toBe(false);
});
