import { expect, it } from 'vitest';
import { orderRegions } from './order-regions.ts';
import type { LineKind } from '../read-page/line-kind.ts';

type Item = { kind: LineKind; text: string };
const order = (items: Item[]) =>
  orderRegions(
    items,
    (i) => i.kind,
    (i) => (i.kind === 'text' ? i.text : undefined),
  ).map((i) => i.text);
const text = (t: string): Item => ({ kind: 'text', text: t });

it('puts numbered paragraphs back in their numbers’ order within a stretch', () => {
  expect(order([text('四是甲。'), text('七是丁。'), text('六是丙。'), text('五是乙。')])).toEqual(['四是甲。', '五是乙。', '六是丙。', '七是丁。']);
});

it('does not reorder across a heading, or when a number repeats', () => {
  expect(order([text('二是乙。'), { kind: 'heading', text: '小标题' }, text('一是甲。')])).toEqual(['二是乙。', '小标题', '一是甲。']);
  expect(order([text('二是乙。'), text('一是甲。'), text('一是丙。')])).toEqual(['二是乙。', '一是甲。', '一是丙。']);
});

it('moves a closing byline after the stretch’s text, and leaves an opening one', () => {
  expect(order([text('甲。'), { kind: 'byline', text: '（本报记者李秋整理）' }, text('乙。')])).toEqual(['甲。', '乙。', '（本报记者李秋整理）']);
  expect(order([{ kind: 'heading', text: '标题' }, { kind: 'byline', text: '本报记者 李秋' }, text('甲。')])).toEqual(['标题', '本报记者 李秋', '甲。']);
});
