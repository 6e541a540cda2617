import { expect, it } from 'vitest';
import { endsHeadlineGroup, findHeadlineTail } from './headline-tail.ts';
import type { Unit } from './units.ts';

const p = (text: string): Unit => ({ kind: 'text', text, lines: [1] });
const h = (text: string): Unit => ({ kind: 'head', text, lines: [1], bold: false, gapBefore: 0 });
const by: Unit = { kind: 'byline', names: ['张伟'], raw: '张伟', lines: [1], trailing: false };

it('finds a block of headlines printed at the end of a page', () => {
  const long = '正文'.repeat(300);
  const units = [
    p(long),
    h('小标题'),
    p(long),
    by,
    p(long),
    h('决战三季度 跑出“加速度”'),
    h('湖畔新城：激活发展新动能'),
    p('近日，某开发区召开会议。'),
    h('东湖新区：经济稳中有进'),
    h('西山园区：产值增长'),
    h('南岭新城：外贸量增质升'),
  ];
  expect(findHeadlineTail(units)).toBe(5);
});
it('finds none on an ordinary page', () => {
  const units = [h('标题'), p('正文'.repeat(100)), h('小标题'), p('正文'.repeat(100))];
  expect(findHeadlineTail(units)).toBe(units.length);
});
it('a subject-colon title closes its headline group', () => {
  expect(endsHeadlineGroup('东湖新区：1-7月经济运行稳中有进')).toBe(true);
  expect(endsHeadlineGroup('决战三季度 跑出“加速度”')).toBe(false);
});
it('finds none where every body has its headline above it', () => {
  const units = [h('标题一'), p('短文。'), h('标题二'), p('短文。'), h('标题三'), p('短文。')];
  expect(findHeadlineTail(units)).toBe(units.length);
});
it('takes a box of briefs under its label at the page’s end for text, not a block of headlines', () => {
  const b = (text: string): Unit => ({ kind: 'bullet', text, lines: [1] });
  const long = '正文'.repeat(300);
  const units = [
    p(long),
    by,
    p(long),
    h('新区速递'),
    b('7月中旬，新区首个人工智能算力中心一期投入运营，算力规模达到300P。'),
    b('上半年，新区新登记市场主体1.1万户，同比增长18%。'),
    b('7月18日，新区生物医药产业联盟成立，首批成员单位52家。'),
    h('本版策划'),
  ];
  expect(findHeadlineTail(units)).toBe(units.length);
});
