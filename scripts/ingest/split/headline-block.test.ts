import { expect, it } from 'vitest';
import type { Block } from '../layout/read-page.ts';
import { endsHeadlineGroup, findHeadlineBlock } from './headline-block.ts';

const p = (text: string): Block => ({ kind: 'paragraph', text, lineNos: [1] });
const h = (text: string): Block => ({ kind: 'heading', text, lineNos: [1], doubled: false });

it('finds a block of headlines printed at the end of a page', () => {
  const long = '正文'.repeat(300);
  const blocks = [p(long), h('小标题'), p(long), { kind: 'byline', names: ['胡明慧'], raw: '胡明慧', lineNo: 1, trailing: false } as Block, p(long), h('决战三季度 跑出“加速度”'), h('徐州高新区：激活发展新动能'), p('近日，某开发区召开会议。'), h('淄博高新区：经济稳中有进'), h('海口高新区：产值增长'), h('衢州智造新城：外贸量增质升')];
  expect(findHeadlineBlock(blocks)).toBe(5);
});
it('finds none on an ordinary page', () => {
  const blocks = [h('标题'), p('正文'.repeat(100)), h('小标题'), p('正文'.repeat(100))];
  expect(findHeadlineBlock(blocks)).toBe(blocks.length);
});
it('a subject-colon title closes its headline group', () => {
  expect(endsHeadlineGroup('淄博高新区：1-7月经济运行稳中有进')).toBe(true);
  expect(endsHeadlineGroup('决战三季度 跑出“加速度”')).toBe(false);
});
it('finds none where every body has its headline above it', () => {
  const blocks = [h('标题一'), p('短文。'), h('标题二'), p('短文。'), h('标题三'), p('短文。')];
  expect(findHeadlineBlock(blocks)).toBe(blocks.length);
});
